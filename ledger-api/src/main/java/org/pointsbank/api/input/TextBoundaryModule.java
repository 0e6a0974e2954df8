package org.pointsbank.api.input;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Registered on Spring's web ObjectMapper only (a {@code Module} bean), never on the storage mapper of
 * {@code AxonConfig}: stored events are read back as they were written.
 */
public class TextBoundaryModule extends SimpleModule {

    public TextBoundaryModule(boolean checkCharacters) {
        super("pointsbank-text-boundary");
        addDeserializer(String.class, new PrintableStringDeserializer(checkCharacters));
        addKeyDeserializer(String.class, new PrintableKeyDeserializer(checkCharacters));
        addKeyDeserializer(Object.class, new PrintableKeyDeserializer(checkCharacters));
    }
}
