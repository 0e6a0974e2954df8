package org.pointsbank.api.pages.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.DatabaseLost;
import org.pointsbank.api.http.ScanRefused;
import org.pointsbank.api.pages.shared.PageRefusals.Refusal;
import org.pointsbank.core.category.CategoryRetired;
import org.springframework.http.HttpStatus;

class PageRefusalsTest {

    @Test
    void aRefusalHasTheStatusAndCodeTheApiWouldAnswer() {
        assertThat(Refusal.of(new CategoryRetired("pothole")))
                .isEqualTo(new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "CATEGORY_RETIRED", "categoryCode"));
        assertThat(Refusal.of(new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "no", "minutes")))
                .isEqualTo(new Refusal(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "minutes"));
        assertThat(Refusal.of(new ScanRefused()).status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Refusal.of(new ConcurrencyException("moved on")))
                .isEqualTo(new Refusal(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", null));
        assertThat(Refusal.of(new AggregateNotFoundException("x", "none")).code())
                .isEqualTo("NOT_FOUND");
        assertThat(Refusal.of(new DatabaseLost(DatabaseLost.Outcome.UNKNOWN, new RuntimeException("gone"))))
                .isEqualTo(new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", null));
        assertThat(Refusal.of(new CategoryRetired("x")).messageKey()).isEqualTo("problem.CATEGORY_RETIRED");
    }

    @Test
    void aFaultIsNoRefusal() {
        assertThat(Refusal.of(new IllegalStateException("bug"))).isNull();
        assertThat(Refusal.of(new NullPointerException())).isNull();
    }
}
