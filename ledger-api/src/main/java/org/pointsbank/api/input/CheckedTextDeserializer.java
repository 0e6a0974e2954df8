package org.pointsbank.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Values written as JSON strings but read as another type (dates): the text is held to the same rule before
 * the type's own deserializer reads it, which would otherwise trim a trailing NUL or control away unseen.
 */
class CheckedTextDeserializer<T> extends JsonDeserializer<T> {

    private final JsonDeserializer<T> delegate;
    private final BooleanSupplier checkCharacters;

    CheckedTextDeserializer(JsonDeserializer<T> delegate, BooleanSupplier checkCharacters) {
        this.delegate = delegate;
        this.checkCharacters = checkCharacters;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String refusal = PrintableText.refusal(
                    parser.getText(), PrintableText.MAX_PARAMETER, checkCharacters.getAsBoolean());
            if (refusal != null) {
                throw new RefusedText(parser, refusal);
            }
        }
        return delegate.deserialize(parser, context);
    }
}
