package org.pointsbank.api.pages.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.openapi.ProblemCode;

/** Every problem code the API documents has a message for the pages, in Chinese (the default) and in English. */
class ProblemMessagesTest {

    @Test
    void everyProblemCodeHasAMessageInBothLanguages() throws IOException {
        List<String> keys = Arrays.stream(ProblemCode.values())
                .map(code -> "problem." + code.name())
                .toList();
        for (String bundle : List.of("i18n/problems.properties", "i18n/problems_en.properties")) {
            Properties messages = load(bundle);
            assertThat(keys)
                    .as(bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key))
                            .as(bundle + " " + key)
                            .isNotBlank());
            assertThat(messages.stringPropertyNames())
                    .as(bundle + " names only known codes")
                    .allSatisfy(key -> assertThat(keys).contains(key));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
