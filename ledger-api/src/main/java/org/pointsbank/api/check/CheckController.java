package org.pointsbank.api.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pointsbank.api.openapi.FeatureTags;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The nightly checks' last runs, for admins and auditors: what the {@code pointsbank.check.*} gauges summarise. */
@Tag(name = FeatureTags.AUDIT)
@RestController
public class CheckController {

    static final int RECENT = 20;

    private final CheckRuns runs;

    public CheckController(CheckRuns runs) {
        this.runs = runs;
    }

    @Operation(
            operationId = "listNightlyChecks",
            summary = "Read the nightly checks' last runs",
            description = "The chain verification and the reconciliation that run on their own every night (once"
                    + " across instances): each one's last run and last passing run, and the last 20 runs, newest"
                    + " first. Admins and auditors.")
    @ApiResponse(responseCode = "200", description = "the checks' runs")
    @GetMapping("/api/v1/audit/checks")
    @PreAuthorize("@access.mayAudit(authentication)")
    public CheckOverview checks() {
        Map<String, CheckRun> last = byCheck(runs.latest());
        Map<String, CheckRun> passed = byCheck(runs.latestPassed());
        List<CheckStatus> checks = Stream.of(CheckName.values())
                .map(c -> new CheckStatus(c.tag(), last.get(c.tag()), passed.get(c.tag())))
                .toList();
        return new CheckOverview(checks, runs.recent(RECENT));
    }

    private static Map<String, CheckRun> byCheck(List<CheckRun> list) {
        return list.stream().collect(Collectors.toMap(CheckRun::check, Function.identity()));
    }
}
