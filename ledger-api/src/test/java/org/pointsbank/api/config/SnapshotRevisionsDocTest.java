package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * The runbook (docs/operations.md, "Deploy and upgrade", "Snapshot revisions") names every aggregate whose snapshot
 * revision is not 1, with its revision, and says "the others 1": this keeps that sentence equal to the
 * {@code @Revision} annotations of ledger-core, so a bumped revision cannot leave the runbook behind.
 */
class SnapshotRevisionsDocTest {

    private static final Pattern SENTENCE =
            Pattern.compile("carries the aggregate's `@Revision` \\(([^)]*)the others 1");
    private static final Pattern NAMED = Pattern.compile("`(\\w+)` (\\d+)");

    @Test
    void theRunbookNamesEveryAggregateWhoseSnapshotRevisionIsNotOne() throws IOException {
        Map<String, String> inCode = new TreeMap<>();
        Map<String, String> others = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pointsbank.core")) {
            if (type.isAnnotatedWith(Revision.class)) {
                String revision = type.getAnnotationOfType(Revision.class).value();
                (revision.equals("1") ? others : inCode).put(type.getSimpleName(), revision);
            }
        }
        assertThat(others).as("aggregates at revision 1 (the others)").isNotEmpty();

        String runbook = Files.readString(operationsDoc()).replaceAll("\\s+", " ");
        Matcher sentence = SENTENCE.matcher(runbook);
        assertThat(sentence.find())
                .as("docs/operations.md says which aggregates carry which @Revision")
                .isTrue();
        Map<String, String> inDocs = new TreeMap<>();
        Matcher named = NAMED.matcher(sentence.group(1));
        while (named.find()) {
            inDocs.put(named.group(1), named.group(2));
        }
        assertThat(inDocs).isEqualTo(inCode);
    }

    /** docs/operations.md, from the module's directory (where the tests run) or the repository's. */
    private static Path operationsDoc() {
        Path fromModule = Path.of("..", "docs", "operations.md");
        return Files.exists(fromModule) ? fromModule : Path.of("docs", "operations.md");
    }
}
