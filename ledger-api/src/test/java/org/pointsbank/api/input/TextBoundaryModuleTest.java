package org.pointsbank.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.credit.CreditVolunteerHoursRequest;

/** The JSON side of the text rule, and its switch ({@code pointsbank.input.text-check-enabled}). */
class TextBoundaryModuleTest {

    private static final String NUL_ACTIVITY =
            "{\"stationId\":\"s\",\"activity\":\"a\\u0000b\",\"minutes\":60,\"occurredOn\":\"2026-01-01\"}";

    private static ObjectMapper mapper(boolean check) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new TextBoundaryModule(new TextCheck(check)))
                .build();
    }

    @Test
    void refusesANulNamingItsPath() {
        assertThatThrownBy(() -> mapper(true).readValue(NUL_ACTIVITY, CreditVolunteerHoursRequest.class))
                .isInstanceOf(RefusedText.class)
                .satisfies(e -> assertThat(((RefusedText) e).getPath().get(0).getFieldName())
                        .isEqualTo("activity"));
    }

    @Test
    void switchedOffLetsANulThroughToTheCommandSide() throws Exception {
        CreditVolunteerHoursRequest request = mapper(false).readValue(NUL_ACTIVITY, CreditVolunteerHoursRequest.class);

        assertThat(request.activity()).isEqualTo("a\u0000b");
    }

    @Test
    void mapKeysAreText() {
        assertThatThrownBy(() -> mapper(true).readValue("{\"a\\u0007\":1}", Map.class))
                .isInstanceOf(RefusedText.class);
    }

    @Test
    void printableTextIsAcceptedAndTheRestIsNot() {
        for (String text : new String[] {"公园 🌳", "مرحبا\u200B", "\u202Eabc", "a\nb\tc\r", "\uFEFF"}) {
            assertThat(PrintableText.refusal(text, 100, true)).as(text).isNull();
        }
        for (String text : new String[] {
            "\u0000",
            "\u001f",
            "\u007f",
            "\u0085",
            "\ud800",
            "x\udc00",
            "\ufdd0",
            "\ufffe",
            new String(Character.toChars(0x10FFFF)),
            new String(Character.toChars(0x1FFFE))
        }) {
            assertThat(PrintableText.refusal(text, 100, true)).as(text).isNotNull();
            assertThat(PrintableText.refusal(text, 100, false)).as(text).isNull();
        }
        assertThat(PrintableText.refusal("x".repeat(101), 100, false)).isNotNull();
    }
}
