package org.pointsbank.api.input;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** Keys of JSON objects read into maps are strings too: the same rule, with the id limit. */
class PrintableKeyDeserializer extends KeyDeserializer {

    private final BooleanSupplier checkCharacters;

    PrintableKeyDeserializer(BooleanSupplier checkCharacters) {
        this.checkCharacters = checkCharacters;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
        String refusal = PrintableText.refusal(key, PrintableText.MAX_PARAMETER, checkCharacters.getAsBoolean());
        if (refusal != null) {
            throw new RefusedText(context.getParser(), "a key " + refusal);
        }
        return key;
    }
}
