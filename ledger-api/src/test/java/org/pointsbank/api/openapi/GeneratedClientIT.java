package org.pointsbank.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.client.ApiClient;
import org.pointsbank.client.ApiException;
import org.pointsbank.client.api.CardApi;
import org.pointsbank.client.api.CreditApi;
import org.pointsbank.client.api.StatementApi;
import org.pointsbank.client.api.StationApi;
import org.pointsbank.client.model.CreateStationRequest;
import org.pointsbank.client.model.CreditStudySessionRequest;
import org.pointsbank.client.model.CreditVolunteerHoursRequest;
import org.pointsbank.client.model.EntryResponse;
import org.pointsbank.client.model.HolderRequest;
import org.pointsbank.client.model.IssueCardRequest;
import org.pointsbank.client.model.Problem;
import org.pointsbank.client.model.ReversalRequest;
import org.pointsbank.client.model.StatementLineResponse;
import org.pointsbank.client.model.StatementResponse;

/**
 * The README's walk-through, sent by a Java client that openapi-generator made from the API's description
 * ({@code docs/openapi.json}, which {@link OpenApiDocumentIT} holds to the live document): what a client developer
 * gets is enough to issue a card, credit it, read its balance and statement, reverse an entry and read a refusal's
 * code.
 */
class GeneratedClientIT extends IntegrationTest {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    private StationApi stations;
    private CardApi cards;
    private CreditApi credits;
    private StatementApi statements;

    @BeforeEach
    void generatedClient() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        stations = new StationApi(client);
        cards = new CardApi(client);
        credits = new CreditApi(client);
        statements = new StatementApi(client);
    }

    @Test
    void runsTheWalkThrough() throws Exception {
        String station = "client-" + UUID.randomUUID().toString().substring(0, 8);
        stations.createStation(new CreateStationRequest().id(station).name("Yungu Service Station"));

        String cardId = cards.issueCard(
                        key(),
                        new IssueCardRequest()
                                .stationId(station)
                                .holder(new HolderRequest().name("Li Wei").phone("+86 138 0000 0000")))
                .getCardId();

        String creditKey = key();
        CreditVolunteerHoursRequest volunteering = new CreditVolunteerHoursRequest()
                .stationId(station)
                .activity("park cleanup")
                .minutes(90)
                .occurredOn(today());
        EntryResponse volunteered = credits.creditVolunteerHours(cardId, creditKey, volunteering);
        assertThat(volunteered.getPoints()).isEqualTo(15);
        assertThat(volunteered.getType()).isEqualTo("VOLUNTEER_HOURS");
        EntryResponse studied = credits.creditStudySession(
                cardId,
                key(),
                new CreditStudySessionRequest()
                        .stationId(station)
                        .topic("civic study")
                        .minutes(60)
                        .occurredOn(today()));
        assertThat(studied.getPoints()).isEqualTo(10);
        assertThat(studied.getBalance()).isEqualTo(25);

        EntryResponse replayed = credits.creditVolunteerHours(cardId, creditKey, volunteering);
        assertThat(replayed.getEntryId())
                .as("the same key answers the first answer")
                .isEqualTo(volunteered.getEntryId());
        Problem overCap = problem(
                () -> credits.creditVolunteerHours(
                        cardId,
                        key(),
                        new CreditVolunteerHoursRequest()
                                .stationId(station)
                                .activity("night shift")
                                .minutes(700)
                                .occurredOn(today())),
                422);
        assertThat(overCap.getCode())
                .as("90 minutes and 700 more pass the daily cap of 720")
                .isEqualTo("DAILY_LIMIT_EXCEEDED");
        assertThat(overCap.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getField()).isEqualTo("minutes"));

        await().atMost(READ_MODEL_WAIT)
                .untilAsserted(
                        () -> assertThat(cards.getCard(cardId).getBalance()).isEqualTo(25));
        assertThat(cards.getBalance(cardId, null).getBalance()).isEqualTo(25);
        assertThat(cards.getBalance(cardId, OffsetDateTime.parse("2020-01-01T00:00:00Z"))
                        .getBalance())
                .isZero();
        StatementResponse statement = statements.getStatement(cardId, null, null, null, null);
        assertThat(statement.getEntries())
                .extracting(StatementLineResponse::getEntryId)
                .containsExactly(volunteered.getEntryId(), studied.getEntryId());
        assertThat(statement.getEntries())
                .extracting(StatementLineResponse::getRunningBalance)
                .containsExactly(15L, 25L);

        EntryResponse reversal = credits.reverseEntry(
                cardId, volunteered.getEntryId(), key(), new ReversalRequest().reason("entered twice"));
        assertThat(reversal.getPoints()).isEqualTo(-15);
        assertThat(reversal.getReverses()).isEqualTo(volunteered.getEntryId());
        assertThat(reversal.getBalance()).isEqualTo(10);

        Problem tooLong = problem(
                () -> credits.creditVolunteerHours(
                        cardId,
                        key(),
                        new CreditVolunteerHoursRequest()
                                .stationId(station)
                                .activity("night shift")
                                .minutes(721)
                                .occurredOn(today())),
                400);
        assertThat(tooLong.getCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooLong.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getField()).isEqualTo("minutes"));
    }

    /** The refusal as the generated client reports it, read as the document's {@code Problem}. */
    private Problem problem(Refused call, int status) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::send);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    @FunctionalInterface
    private interface Refused {
        void send() throws ApiException;
    }
}
