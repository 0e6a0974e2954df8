package org.pointsbank.api.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ranking.GovernanceRewards.Reward;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rankings against an independent oracle: a few thousand random credits and reversals over three months
 * and four stations, and governance points (rewards of verified problem reports, some reversed: {@link
 * GovernanceRewards}), the expected standings computed here in plain Java from the generated inputs (the
 * policy's formulas, not the service's answers), compared with {@code GET /rankings} for every month, station
 * (and city-wide) and category, ties included; then again after a rebuild of the projection, with a published
 * month among them.
 */
class RankingOracleIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2110, 3, 28);
    private static final List<YearMonth> MONTHS =
            List.of(YearMonth.of(2110, 1), YearMonth.of(2110, 2), YearMonth.of(2110, 3));
    private static final int CREDITS = 2_000;
    private static final List<String> CATEGORIES = List.of("volunteer", "study", "governance", "all");

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactions;

    /** A generated credit: what the oracle knows of it. */
    private record Credit(int id, String cardId, String stationId, LocalDate day, boolean volunteer, int minutes) {
        long points() {
            return volunteer ? minutes * 10L / 60 : 5L * (minutes / 30);
        }
    }

    @Test
    void standingsMatchTheOracleBeforeAndAfterARebuild() throws Exception {
        clock.travelTo(TODAY);
        Random random = new Random(20261123);
        List<String> stations = List.of(ledger.station(), ledger.station(), ledger.station(), ledger.station());
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cards.add(ledger.card(stations.get(i % stations.size())));
        }
        List<Credit> credits = generate(random, cards, stations);
        Map<Integer, String> entryIds = run(credits);
        List<Credit> reversed = new ArrayList<>();
        for (Credit credit : credits) {
            if (random.nextInt(100) < 15) {
                reversed.add(credit);
            }
        }
        runReversals(reversed, entryIds);
        List<Reward> rewards = GovernanceRewards.generate(random, cards, stations, TODAY, 150);
        List<Reward> rewardsReversed =
                rewards.stream().filter(r -> random.nextInt(5) == 0).toList();
        new GovernanceRewards(eventStore, transactions, jdbc).record(rewards, rewardsReversed);

        Map<String, List<String>> expected = oracle(credits, reversed, rewards, rewardsReversed, stations);
        awaitCaughtUp();
        assertThat(actual(stations)).isEqualTo(expected);

        String cardId = cards.get(7);
        long governance = rewards.stream()
                .filter(r -> !rewardsReversed.contains(r)
                        && r.cardId().equals(cardId)
                        && YearMonth.from(r.day()).equals(YearMonth.of(2110, 2)))
                .mapToLong(Reward::points)
                .sum();
        String explain = "/api/v1/rankings/explain?period=2110-02&category=all&cardId=" + cardId;
        // explained from the statement read model, which may still be taking the rewards
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(
                                admin.get(explain).json().get("points").asLong())
                        .isEqualTo(cityPoints(credits, reversed, cardId, YearMonth.of(2110, 2)) + governance));
        JsonNode explained = admin.get(explain).json();
        explained
                .get("entries")
                .forEach(entry -> assertThat(entry.get("occurredOn").asText()).startsWith("2110-02"));

        ApiResponse closed = admin.post("/api/v1/periods/2110-01/close", key(), "{\"topN\":3}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        awaitCaughtUp(); // the published standings are part of the (asynchronous) rankings read model
        JsonNode published = admin.get("/api/v1/periods/2110-01").json().get("published");
        // published: the top 3 of each list (ties at 3 included), as the oracle ranks the month
        List<String> cityTop = new ArrayList<>();
        published.forEach(line -> {
            if (line.path("stationId").asText(null) == null
                    && line.get("category").asText().equals("all")) {
                cityTop.add(line.get("rank").asInt() + " " + line.get("cardId").asText() + " "
                        + line.get("points").asLong() + " "
                        + line.get("volunteerMinutes").asLong() + " "
                        + line.get("studyMinutes").asLong());
            }
        });
        assertThat(cityTop)
                .isNotEmpty()
                .isEqualTo(expected.get("2110-01 city all").stream()
                        .filter(line -> Integer.parseInt(line.split(" ")[0]) <= 3)
                        .toList());

        assertThat(admin.post("/api/v1/admin/projections/ranking/rebuild", key(), null)
                        .status())
                .isEqualTo(202);
        awaitCaughtUp();
        assertThat(actual(stations)).isEqualTo(expected);
        assertThat(admin.get("/api/v1/periods/2110-01").json().get("published")).isEqualTo(published);
    }

    private static List<Credit> generate(Random random, List<String> cards, List<String> stations) {
        Map<String, Integer> minutesByCardDayKind = new HashMap<>();
        List<Credit> credits = new ArrayList<>();
        int[] volunteerMinutes = {60, 120, 180};
        int[] studyMinutes = {30, 60};
        while (credits.size() < CREDITS) {
            String card = cards.get(random.nextInt(cards.size()));
            String station = stations.get(random.nextInt(stations.size()));
            LocalDate day = TODAY.minusDays(random.nextInt(61));
            boolean volunteer = random.nextBoolean();
            int minutes = volunteer ? volunteerMinutes[random.nextInt(3)] : studyMinutes[random.nextInt(2)];
            String capKey = card + day + volunteer;
            int already = minutesByCardDayKind.getOrDefault(capKey, 0);
            if (already + minutes > (volunteer ? 720 : 240)) {
                continue;
            }
            minutesByCardDayKind.put(capKey, already + minutes);
            credits.add(new Credit(credits.size(), card, station, day, volunteer, minutes));
        }
        return credits;
    }

    private Map<Integer, String> run(List<Credit> credits) throws Exception {
        Map<Integer, String> entryIds = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Credit c : credits) {
                done.add(pool.submit(() -> {
                    ApiResponse answer = c.volunteer()
                            ? ledger.volunteer(c.cardId(), c.stationId(), c.minutes(), c.day())
                            : ledger.study(c.cardId(), c.stationId(), c.minutes(), c.day());
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                    assertThat(answer.json().get("points").asLong()).isEqualTo(c.points());
                    entryIds.put(c.id(), answer.json().get("entryId").asText());
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return entryIds;
    }

    private void runReversals(List<Credit> reversed, Map<Integer, String> entryIds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Credit c : reversed) {
                done.add(pool.submit(() -> {
                    ApiResponse answer = ledger.reverse(c.cardId(), entryIds.get(c.id()));
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** "month scope category" → lines "rank cardId points volunteerMinutes studyMinutes", computed in Java. */
    private static Map<String, List<String>> oracle(
            List<Credit> credits,
            List<Credit> reversed,
            List<Reward> rewards,
            List<Reward> rewardsReversed,
            List<String> stations) {
        Map<String, List<String>> standings = new HashMap<>();
        for (YearMonth month : MONTHS) {
            List<String> scopes = new ArrayList<>(stations);
            scopes.add(null);
            for (String scope : scopes) {
                Map<String, long[]> totals = new HashMap<>(); // card → vp, sp, vm, sm, gp
                for (Credit c : credits) {
                    if (reversed.contains(c)
                            || !YearMonth.from(c.day()).equals(month)
                            || (scope != null && !scope.equals(c.stationId()))) {
                        continue;
                    }
                    long[] t = totals.computeIfAbsent(c.cardId(), k -> new long[5]);
                    t[c.volunteer() ? 0 : 1] += c.points();
                    t[c.volunteer() ? 2 : 3] += c.minutes();
                }
                for (Reward r : rewards) {
                    if (!rewardsReversed.contains(r)
                            && YearMonth.from(r.day()).equals(month)
                            && (scope == null || scope.equals(r.stationId()))) {
                        totals.computeIfAbsent(r.cardId(), k -> new long[5])[4] += r.points();
                    }
                }
                for (String category : CATEGORIES) {
                    standings.put(
                            month + " " + (scope == null ? "city" : scope) + " " + category, ranked(totals, category));
                }
            }
        }
        return standings;
    }

    private static List<String> ranked(Map<String, long[]> totals, String category) {
        Map<String, Long> points = new HashMap<>();
        totals.forEach((card, t) -> points.put(
                card,
                switch (category) {
                    case "volunteer" -> t[0];
                    case "study" -> t[1];
                    case "governance" -> t[4];
                    default -> t[0] + t[1] + t[4];
                }));
        List<String> order = points.keySet().stream()
                .filter(card -> points.get(card) > 0)
                .sorted(Comparator.comparing((String card) -> -points.get(card)).thenComparing(card -> card))
                .toList();
        List<String> lines = new ArrayList<>();
        for (String card : order) {
            long better =
                    points.values().stream().filter(p -> p > points.get(card)).count();
            long[] t = totals.get(card);
            lines.add((better + 1) + " " + card + " " + points.get(card) + " " + t[2] + " " + t[3]);
        }
        return lines;
    }

    private static long cityPoints(List<Credit> credits, List<Credit> reversed, String cardId, YearMonth month) {
        return credits.stream()
                .filter(c -> !reversed.contains(c)
                        && c.cardId().equals(cardId)
                        && YearMonth.from(c.day()).equals(month))
                .mapToLong(Credit::points)
                .sum();
    }

    private Map<String, List<String>> actual(List<String> stations) {
        Map<String, List<String>> standings = new HashMap<>();
        for (YearMonth month : MONTHS) {
            List<String> scopes = new ArrayList<>(stations);
            scopes.add(null);
            for (String scope : scopes) {
                for (String category : CATEGORIES) {
                    JsonNode answer = admin.get("/api/v1/rankings?period=" + month + "&category=" + category
                                    + "&limit=1000" + (scope == null ? "" : "&stationId=" + scope))
                            .json();
                    List<String> lines = new ArrayList<>();
                    answer.get("entries")
                            .forEach(e -> lines.add(e.get("rank").asInt() + " "
                                    + e.get("cardId").asText()
                                    + " " + e.get("points").asLong() + " "
                                    + e.get("volunteerMinutes").asLong() + " "
                                    + e.get("studyMinutes").asLong()));
                    standings.put(month + " " + (scope == null ? "city" : scope) + " " + category, lines);
                }
            }
        }
        return standings;
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            JsonNode status = admin.get("/api/v1/admin/projections/ranking").json();
            assertThat(status.get("status").asText()).isEqualTo("LIVE");
            assertThat(status.get("lag").asLong()).isZero();
        });
    }
}
