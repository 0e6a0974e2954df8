package org.pointsbank.api.input;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * Registered on Spring's web ObjectMapper only (a {@code Module} bean), never on the storage mapper of
 * {@code EventStorageConfig}: stored events are read back as they were written. Registered after Spring Boot's
 * well-known modules, its date deserializer takes precedence over the JSR-310 module's, which it wraps.
 */
public class TextBoundaryModule extends SimpleModule {

    public TextBoundaryModule(BooleanSupplier checkCharacters) {
        super("pointsbank-text-boundary");
        addDeserializer(String.class, new PrintableStringDeserializer(checkCharacters));
        addKeyDeserializer(String.class, new PrintableKeyDeserializer(checkCharacters));
        addDeserializer(
                LocalDate.class, new CheckedTextDeserializer<>(LocalDateDeserializer.INSTANCE, checkCharacters));
        addKeyDeserializer(Object.class, new PrintableKeyDeserializer(checkCharacters));
    }
}
