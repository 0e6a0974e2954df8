package org.pointsbank.api.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.card.api.ReservePoints;
import org.pointsbank.core.gift.api.ReserveGiftStock;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The reservation guards that were {@code IllegalArgumentException}s, which the problem mapping answered as 500
 * INTERNAL_ERROR, are rule violations: a second stock hold under one redemption id is 409
 * DUPLICATE_REDEMPTION_ID and a reservation of no points 400 INVALID_RESERVATION.
 *
 * <p>No HTTP request of the API reaches either today (placing a redemption draws a fresh redemption id and asks
 * for a price of at least 1 times a quantity of at least 1), so the commands go through the application's own
 * command gateway, against a gift and a card recorded through HTTP, and the refusal through the application's
 * own exception resolvers, the way a controller's exception reaches the client.
 */
class GiftRuleViolationIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandGateway gateway;

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver resolvers;

    /** What the client would be answered had a request met {@code refusal}. */
    private MockHttpServletResponse answered(Throwable refusal) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cards/any/redemptions");
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolvers.resolveException(request, response, null, (Exception) refusal);
        return response;
    }

    private static JsonNode problem(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void aSecondStockHoldForOneRedemptionIsConflictDuplicateRedemptionId() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 600, today());
        String gift = ledger.gift(station, 10, 5, null);
        String redemption = ledger.redeemed(card, gift, 1);
        long events = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, gift);

        Throwable refusal = catchThrowable(() -> gateway.sendAndWait(new ReserveGiftStock(gift, redemption, card, 1)));

        assertThat(refusal)
                .isInstanceOf(RuleViolation.class)
                .hasMessage("redemption " + redemption + " holds gift " + gift + " already");
        MockHttpServletResponse response = answered(refusal);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(problem(response).get("code").asText()).isEqualTo("DUPLICATE_REDEMPTION_ID");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, gift))
                .as("nothing recorded")
                .isEqualTo(events);
    }

    @Test
    void aReservationOfNoPointsIsBadRequestInvalidReservation() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 600, today());

        Throwable refusal = catchThrowable(() -> gateway.sendAndWait(new ReservePoints(
                card, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "thermos", station, 1, 0)));

        assertThat(refusal).isInstanceOf(RuleViolation.class);
        MockHttpServletResponse response = answered(refusal);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem(response).get("code").asText()).isEqualTo("INVALID_RESERVATION");
    }

    /** The control: what the same resolvers answer an IllegalArgumentException, as the guards threw before. */
    @Test
    void anIllegalArgumentExceptionWouldHaveBeenInternalError() throws Exception {
        MockHttpServletResponse response = answered(new IllegalArgumentException("holds this gift already"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem(response).get("code").asText()).isEqualTo("INTERNAL_ERROR");
    }
}
