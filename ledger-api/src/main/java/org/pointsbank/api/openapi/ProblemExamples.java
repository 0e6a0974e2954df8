package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.examples.Example;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An example problem document for each code, as the service writes it: kept once, among the components. */
final class ProblemExamples {

    private ProblemExamples() {}

    /** Every code's example, named after the code. */
    static Map<String, Example> all() {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ProblemCode code : ProblemCode.values()) {
            examples.put(code.name(), of(code));
        }
        return examples;
    }

    static Example ref(ProblemCode code) {
        return new Example().$ref("#/components/examples/" + code.name());
    }

    private static Example of(ProblemCode code) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put(
                "type",
                "urn:pointsbank:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        value.put("title", title(code));
        value.put("status", code.status());
        value.put("detail", code.meaning());
        value.put("code", code.name());
        if (code == ProblemCode.UNAVAILABLE) {
            value.put("outcome", "NOT_RECORDED");
        }
        return new Example().summary(code.meaning()).value(value);
    }

    /** As the service titles it: {@code CARD_NOT_FOUND} reads "Card not found". */
    private static String title(ProblemCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
