package org.pointsbank.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core on the page the browser shows: no serious or critical WCAG 2.1 A/AA violation. Prints one line of
 * counts per page (the closing note of issue 17 reports them).
 */
public final class Axe {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    public static void check(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        long serious =
                violations.stream().filter(r -> "serious".equals(r.getImpact())).count();
        long critical = violations.stream()
                .filter(r -> "critical".equals(r.getImpact()))
                .count();
        System.out.printf(
                "axe %s: %d passes, %d violations (%d serious, %d critical), %d incomplete%n",
                page,
                results.getPasses().size(),
                violations.size(),
                serious,
                critical,
                results.getIncomplete().size());
        String found = violations.stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getImpact() + " " + r.getId() + " at "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(found)
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
    }
}
