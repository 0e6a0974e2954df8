package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.core.station.api.RegisterStation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A page's form key ({@link IdempotentRequests#executeForm}): the same form sent twice runs once and answers the
 * first answer again, the events carry the form key as their idempotency key, and a changed form under a used key is
 * refused. Called as a page controller would, inside a (mock) page request signed in as admin.
 */
class FormKeyIT extends IntegrationTest {

    @Autowired
    private IdempotentRequests requests;

    @Autowired
    private LedgerCommands commands;

    @BeforeEach
    void aPageRequest() {
        LedgerUser user = new LedgerUser("admin", "", Role.ADMIN, true, Set.of(), null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        newRequest();
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private static void newRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/stations");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void aFormSentTwiceRecordsOnceUnderItsFormKey() throws Exception {
        String formKey = FormKeys.issue();
        String station = "fk-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = Map.of("id", station, "name", "Form station");
        AtomicInteger ran = new AtomicInteger();

        ResponseEntity<String> first = requests.executeForm(formKey, form, () -> {
            ran.incrementAndGet();
            commands.send(new RegisterStation(station, "Form station"));
            return LedgerResponse.created(Map.of("id", station));
        });
        newRequest(); // the second click is another request
        ResponseEntity<String> second = requests.executeForm(formKey, form, () -> {
            ran.incrementAndGet();
            return LedgerResponse.created(Map.of("id", "never"));
        });

        assertThat(ran).hasValue(1);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(second.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER))
                .isEqualTo("true");

        List<byte[]> metadata = jdbc.queryForList(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?", byte[].class, station);
        assertThat(metadata).hasSize(1);
        JsonNode meta = new ObjectMapper().readTree(metadata.get(0));
        assertThat(meta.get("idempotencyKey").asText()).isEqualTo(formKey);
        assertThat(meta.get("actor").asText()).isEqualTo("admin");
    }

    @Test
    void aChangedFormUnderAUsedKeyIsRefusedAndAMissingKeyToo() {
        String formKey = FormKeys.issue();
        requests.executeForm(formKey, Map.of("n", 1), () -> LedgerResponse.ok(Map.of()));
        newRequest();
        assertThatThrownBy(() -> requests.executeForm(formKey, Map.of("n", 2), () -> LedgerResponse.ok(Map.of())))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThatThrownBy(() -> requests.executeForm(null, Map.of(), () -> LedgerResponse.ok(Map.of())))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
    }
}
