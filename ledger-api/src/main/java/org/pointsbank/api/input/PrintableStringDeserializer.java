package org.pointsbank.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Every JSON string of a request body, wherever it sits (fields, nested objects, list elements): a JSON
 * string (a number or boolean where text belongs has the wrong type) of printable text within
 * {@link PrintableText#MAX_FREE_TEXT}; fields with a tighter {@code @Size} are checked by validation after.
 */
class PrintableStringDeserializer extends StdScalarDeserializer<String> {

    private final BooleanSupplier checkCharacters;

    PrintableStringDeserializer(BooleanSupplier checkCharacters) {
        super(String.class);
        this.checkCharacters = checkCharacters;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        return checked(parser, parser.getText(), checkCharacters.getAsBoolean());
    }

    static String checked(JsonParser parser, String value, boolean checkCharacters) throws RefusedText {
        String refusal = PrintableText.refusal(value, PrintableText.MAX_FREE_TEXT, checkCharacters);
        if (refusal != null) {
            throw new RefusedText(parser, refusal);
        }
        return value;
    }
}
