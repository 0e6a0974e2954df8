package org.pointsbank.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.ops.PointsBankOps;

/**
 * The load tool's seconds-long smoke run against the real service, so that the benchmark
 * tool cannot rot. Its figures mean nothing here: performance is measured by the benchmark
 * (docs/performance.md), never by tests.
 */
class BenchSmokeIT extends IntegrationTest {

    @Test
    void theLoadToolSeedsCreditsAndReadsAgainstTheService() {
        int exit = PointsBankOps.commandLine()
                .execute(
                        "bench",
                        "smoke",
                        "--url",
                        "http://localhost:" + port,
                        "--user",
                        "admin",
                        "--password",
                        ADMIN_PASSWORD,
                        "--duration",
                        "1s");

        assertThat(exit).isZero();
    }
}
