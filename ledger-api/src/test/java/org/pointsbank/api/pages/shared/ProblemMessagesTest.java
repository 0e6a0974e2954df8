package org.pointsbank.api.pages.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.openapi.ProblemCode;

/**
 * Every problem code a page may show has a message for the pages, in Chinese (the default) and in English: those the
 * API documents ({@link ProblemCode}) and every code a rule ({@code RuleViolation}) or the web layer
 * ({@code ApiException}, the pages' own refusals) raises, read from the sources so a new one cannot be missed.
 */
class ProblemMessagesTest {

    private static final Pattern RULE_CODE = Pattern.compile("super\\(\\s*\"([A-Z][A-Z_]+)\"");
    private static final Pattern WEB_CODE =
            Pattern.compile("(?:new ApiException|new Refusal)\\(\\s*HttpStatus\\.\\w+,\\s*\"([A-Z][A-Z_]+)\"");

    @Test
    void everyRaisedCodeIsReadFromTheSources() throws IOException {
        assertThat(raisedCodes()).contains("DUPLICATE_ENTRY_ID", "NOT_FOUND", "CARD_NOT_FOUND", "VALIDATION_FAILED");
    }

    @Test
    void everyProblemCodeHasAMessageInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>(raisedCodes());
        Arrays.stream(ProblemCode.values()).forEach(code -> codes.add(code.name()));
        List<String> keys = codes.stream().map(code -> "problem." + code).toList();
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

    /** Codes raised in the main sources of ledger-core (rules) and ledger-api (the web layer). */
    private static Set<String> raisedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path root : List.of(Path.of("../ledger-core/src/main/java"), Path.of("src/main/java"))) {
            assertThat(root).as("sources at " + root.toAbsolutePath()).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (source.contains("extends RuleViolation")) {
                        RULE_CODE.matcher(source).results().forEach(m -> codes.add(m.group(1)));
                    }
                    WEB_CODE.matcher(source).results().forEach(m -> codes.add(m.group(1)));
                }
            }
        }
        return codes;
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
