package org.pointsbank.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input through HTTP, at every endpoint of the service (read from Spring's mappings), signed in as admin
 * and as staff: one hostile value a request in a body field, a path variable, a query parameter, a read header or
 * as the whole body. No answer is ever 5xx; a refused request appends no event; across a run of requests none of
 * which changed anything, every read model's table hashes the same; text that is not printable Unicode (or longer
 * than any field takes) is never accepted; at the end the chain verifies and reconciliation finds nothing.
 * Reproduce a failure with {@code -Dfuzz.seed=<seed>} (printed first).
 */
class HostileInputFuzzIT extends IntegrationTest {

    private static final int RUNS = 80;
    private static final int REQUESTS_PER_RUN = 128;
    static final String STAFF_PASSWORD = "fuzz-staff-password";
    private static final String CORRELATION = "X-Correlation-Id";
    private static final String[] READ_HEADERS = {"Idempotency-Key", "X-Correlation-Id", "Accept"};

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private CommandGateway gateway;

    private Map<String, String> world;
    private FuzzValues values;
    private String staff;

    /** One request as sent, for the failure message. */
    private record Sent(
            String client,
            FuzzedEndpoint endpoint,
            String target,
            String where,
            HostileValue value,
            Map<String, byte[]> headers,
            byte[] body,
            boolean mustBeRefused) {
        String describe() {
            String shownBody =
                    body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return client + " " + endpoint.method() + " "
                    + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " [" + where
                    + (where.equals("body:whole") ? "" : " = " + value) + "] body: "
                    + shownBody.replaceAll("\\p{Cntrl}", "?");
        }
    }

    @Test
    void hostileInputNeverAnswers5xxAndRefusedRequestsChangeNothing() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("FUZZ seed=" + seed + " (reproduce with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<FuzzedEndpoint> endpoints = FuzzedEndpoint.of(mappings);
        assertThat(endpoints).hasSizeGreaterThan(40);
        FuzzWorld built = new FuzzWorld(ledger, admin, gateway);
        world = built.build();
        staff = built.staff();
        values = new FuzzValues(world);
        RawHttp http = new RawHttp(port);
        Map<String, String> clients =
                Map.of("admin", RawHttp.basic("admin", ADMIN_PASSWORD), "staff", RawHttp.basic(staff, STAFF_PASSWORD));
        LedgerState state = new LedgerState(jdbc);
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> fuzzedEndpoints = new TreeMap<>();
        int compared = 0;
        int requests = 0;
        java.util.Set<String> accepted = new java.util.HashSet<>();
        long hashNanos = 0;
        long started = System.nanoTime();

        for (int run = 0; run < RUNS; run++) {
            boolean hostileRun = run % 4 != 3;
            long hashStart = System.nanoTime();
            state.awaitQuiet();
            long eventsBefore = state.events();
            Map<String, String> hashesBefore = state.hashes();
            hashNanos += System.nanoTime() - hashStart;
            boolean changed = false;
            long head = state.head(); // after awaitQuiet: nothing of an earlier run is still to be appended
            for (int i = 0; i < REQUESTS_PER_RUN; i++, requests++) {
                FuzzedEndpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
                String client = random.nextBoolean() ? "admin" : "staff";
                Sent sent = hostile(endpoint, client, random, hostileRun);
                for (int draw = 0; hostileRun && !sent.mustBeRefused() && draw < 20; draw++) {
                    sent = hostile(endpoint, client, random, true); // a refused run holds only what must be refused
                }
                Map<String, byte[]> headers = new LinkedHashMap<>(sent.headers());
                headers.put("Authorization", clients.get(client).getBytes(StandardCharsets.ISO_8859_1));
                RawHttp.Answer answer = http.send(endpoint.method(), sent.target(), headers, sent.body());
                fuzzedEndpoints.merge(endpoint.toString(), 1, Integer::sum);
                byStatus.merge(String.valueOf(answer.status()), 1, Integer::sum);
                String context = "seed " + seed + ", request " + requests + ": " + sent.describe() + " → " + answer;
                assertThat(answer.status()).as(context).isLessThan(500);
                boolean refused = answer.status() >= 400 || answer.status() == RawHttp.CLOSED;
                // as sent, or the service's own when it replaced a fuzzed one (it echoes the id it used)
                String correlation = answer.correlationId() != null
                        ? answer.correlationId()
                        : new String(sent.headers().get(CORRELATION), StandardCharsets.ISO_8859_1);
                if (!refused) {
                    accepted.add(correlation);
                }
                // whatever was appended meanwhile is an accepted request's doing, or its process steps' (same id)
                List<String> appended = state.correlationsAfter(head);
                assertThat(accepted)
                        .as("events appended by a refused request; " + context)
                        .containsAll(appended);
                head += appended.size();
                if (refused) {
                    assertThat(appended)
                            .as("a refused request appended events; " + context)
                            .doesNotContain(correlation);
                } else {
                    assertThat(sent.mustBeRefused())
                            .as("unprintable or over-long text was accepted; " + context)
                            .isFalse();
                }
                if (!refused && endpoint.changesThings()) {
                    changed = true;
                }
            }
            hashStart = System.nanoTime();
            state.awaitQuiet();
            hashNanos += System.nanoTime() - hashStart;
            if (!changed) {
                compared++;
                assertThat(state.events())
                        .as("events across refused run " + run + ", seed " + seed)
                        .isEqualTo(eventsBefore);
                assertThat(state.hashes())
                        .as("read models across refused run " + run + ", seed " + seed)
                        .isEqualTo(hashesBefore);
            }
        }

        StringBuilder line = new StringBuilder("FUZZ requests=" + requests + " seed=" + seed + " endpoints="
                + fuzzedEndpoints.size() + " refusedRunsCompared=" + compared + "/" + RUNS);
        byStatus.forEach(
                (status, n) -> line.append(' ').append(status).append('=').append(n));
        line.append(" seconds=")
                .append((System.nanoTime() - started) / 1_000_000_000)
                .append(" awaitingProjections=")
                .append(hashNanos / 1_000_000_000);
        System.out.println(line);
        assertThat(fuzzedEndpoints.keySet())
                .containsAll(endpoints.stream().map(FuzzedEndpoint::toString).toList());
        assertThat(compared)
                .as("runs in which every request was refused: the hash check must have bitten")
                .isGreaterThan(RUNS / 3);
        ApiResponse verification = admin.get("/api/v1/audit/verification");
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        assertThat(verification.json().path("ok").asBoolean())
                .as(verification.toString())
                .isTrue();
        ApiResponse reconciliation = admin.get("/api/v1/audit/reconciliation");
        assertThat(reconciliation.status()).as(reconciliation.toString()).isEqualTo(200);
        assertThat(reconciliation.json().path("differences"))
                .as(reconciliation.toString())
                .isEmpty();
    }

    /** A valid request to {@code endpoint} but for one hostile value somewhere. */
    private Sent hostile(FuzzedEndpoint endpoint, String client, Random random, boolean hostileRun) {
        HostileValue value = hostileRun
                ? (random.nextInt(4) == 0 ? HostileValues.shape(random) : HostileValues.refusedText(random))
                : HostileValues.any(random);
        List<String> places = new ArrayList<>();
        endpoint.pathVariables().forEach(v -> places.add("path:" + v));
        endpoint.queryParameters().forEach(q -> places.add("query:" + q));
        places.add("query:fz");
        for (String header : READ_HEADERS) {
            places.add("header:" + header);
        }
        Object template = endpoint.bodyType() == null
                ? null
                : FuzzBody.template(endpoint.bodyType(), name -> values.body(name, client));
        if (template != null) {
            FuzzBody.paths(template)
                    .forEach(path -> places.add("body:"
                            + String.join(
                                    ".", path.stream().map(String::valueOf).toList())));
            places.add("body:+unknown");
            places.add("body:whole");
        }
        boolean image = FuzzImages.takesImage(endpoint);
        if (image) {
            places.add("body:whole");
        }
        if (!hostileRun && random.nextInt(5) == 0) {
            places.clear();
            places.add("none");
        }
        String where = places.get(random.nextInt(places.size()));
        if (where.startsWith("body:")
                && where.toLowerCase().contains("password")
                && value.text() != null
                && !value.refusedAsText()) {
            value = HostileValue.text("short-password", "short", false); // printable text would change the password
        }
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("Accept", Wire.bytes(endpoint.accept()));
        headers.put("Idempotency-Key", Wire.bytes(UUID.randomUUID().toString()));
        headers.put(CORRELATION, Wire.bytes("fz-" + UUID.randomUUID()));
        boolean mustBeRefused = false;
        StringBuilder target = new StringBuilder();
        for (String segment : endpoint.pattern().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            target.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                if (where.equals("path:" + name)) {
                    target.append(Wire.percent(value.asText()));
                    mustBeRefused = Wire.refusedInUrl(value.asText());
                } else {
                    target.append(Wire.percent(values.path(name, endpoint)));
                }
            } else {
                target.append(segment);
            }
        }
        List<String> query = new ArrayList<>();
        for (String parameter : endpoint.queryParameters()) {
            if (where.equals("query:" + parameter)) {
                query.add(parameter + "=" + Wire.percent(value.asText()));
                mustBeRefused = Wire.refusedInUrl(value.asText());
            } else if (values.query(parameter) != null) {
                query.add(parameter + "=" + Wire.percent(values.query(parameter)));
            }
        }
        if (where.equals("query:fz")) {
            query.add("fz=" + Wire.percent(value.asText()));
            mustBeRefused = Wire.refusedInUrl(value.asText());
        }
        if (!query.isEmpty()) {
            target.append('?').append(String.join("&", query));
        }
        if (where.startsWith("header:")) {
            String header = where.substring(7);
            byte[] sent = Wire.headerBytes(value.asText());
            headers.put(header, sent);
            mustBeRefused = Wire.refusedInHeader(new String(sent, StandardCharsets.ISO_8859_1), header);
        }
        byte[] body = null;
        if (template != null) {
            boolean rawControls = random.nextInt(5) == 0;
            Object tree = template;
            Object placed = value.text() != null ? value.text() : new FuzzBody.Raw(value.json());
            if (where.equals("body:+unknown")) {
                tree = FuzzBody.with(template, List.of(random.nextBoolean() ? "fz" : value.asText()), placed);
                mustBeRefused = true; // unknown fields are refused, whatever they hold
            } else if (where.startsWith("body:") && !where.equals("body:whole")) {
                List<Object> path = new ArrayList<>();
                for (String step : where.substring(5).split("\\.")) {
                    path.add(step.matches("\\d+") ? (Object) Integer.parseInt(step) : step);
                }
                tree = FuzzBody.with(template, path, placed);
                mustBeRefused = value.refusedAsText();
            }
            body = where.equals("body:whole")
                    ? Wire.wholeBody(template, random)
                    : FuzzBody.write(tree, rawControls).getBytes(StandardCharsets.UTF_8);
            mustBeRefused |= where.equals("body:whole");
            headers.put("Content-Type", Wire.bytes("application/json"));
        }
        if (image) {
            body = where.equals("body:whole") ? FuzzImages.hostile(random) : FuzzImages.VALID_PNG;
            mustBeRefused |= where.equals("body:whole");
            headers.put("Content-Type", Wire.bytes("image/png"));
        }
        return new Sent(client, endpoint, target.toString(), where, value, headers, body, mustBeRefused);
    }
}
