package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.monitoring.Scrape;
import org.springframework.beans.factory.annotation.Autowired;

class ProblemCountingIT extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void problemsAnsweredByTheHandlerAreCountedByStatusAndCode() {
        double before = count("404", "CARD_NOT_FOUND");

        ApiResponse missing = admin.get("/api/v1/cards/not-a-card");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("CARD_NOT_FOUND");
        assertThat(count("404", "CARD_NOT_FOUND")).isEqualTo(before + 1);
        assertThat(Scrape.of(admin)
                        .value("pointsbank_http_problems_total", Map.of("status", "404", "code", "CARD_NOT_FOUND")))
                .hasValue(before + 1);
    }

    @Test
    void problemsWrittenByTheFiltersAreCountedToo() {
        ApiResponse refused = new ApiClient(port, null, null).get("/api/v1/stations");
        assertThat(refused.status()).isEqualTo(401);
        String code = refused.code();
        double before = count("401", code);

        new ApiClient(port, null, null).get("/api/v1/stations");

        assertThat(count("401", code)).isEqualTo(before + 1);
    }

    private double count(String status, String code) {
        Counter counter = meters.find(ProblemCounter.NAME)
                .tag("status", status)
                .tag("code", code)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
