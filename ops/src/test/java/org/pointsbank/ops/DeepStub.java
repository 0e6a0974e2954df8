package org.pointsbank.ops;

import static org.pointsbank.ops.StubServer.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

/** The service as {@code bench deep} sees it, on the {@link StubServer}: cards deep-1 then fresh-1, entries. */
final class DeepStub {

    static final String ISSUE = "/api/v1/cards";

    private DeepStub() {}

    /** An entry as a credit or reversal answers it. */
    static String entry(String entryId, String cardId) {
        return "{\"entryId\":\"" + entryId + "\",\"cardId\":\"" + cardId + "\",\"type\":\"VOLUNTEER_HOURS\","
                + "\"points\":1,\"balance\":1,\"occurredOn\":\"2026-01-01\"}";
    }

    /** Station bench-01; cards deep-1, then fresh-1; fresh-1's credits answer entry f-1, its reversal 201. */
    static void cardsAndFreshCredits(StubServer stub) {
        stub.on("POST", "/api/v1/stations", json(201, "{\"id\":\"bench-01\"}"))
                .on(
                        "POST",
                        ISSUE,
                        json(201, "{\"cardId\":\"deep-1\",\"stationId\":\"bench-01\",\"status\":\"ACTIVE\"}"),
                        json(201, "{\"cardId\":\"fresh-1\",\"stationId\":\"bench-01\",\"status\":\"ACTIVE\"}"))
                .on("POST", "/api/v1/cards/fresh-1/volunteer-hours", json(201, entry("f-1", "fresh-1")))
                .on("POST", "/api/v1/cards/fresh-1/entries/f-1/reversal", json(201, entry("fr-1", "fresh-1")));
    }

    /** deep-1's credits answer entries e-1 ... e-{@code count} (the last one again and again); each reversal 201. */
    static void deepEntries(StubServer stub, int count) {
        stub.on(
                "POST",
                "/api/v1/cards/deep-1/volunteer-hours",
                entryIds(1, count).stream()
                        .map(id -> json(201, entry(id, "deep-1")))
                        .toArray(StubServer.Reply[]::new));
        for (String id : entryIds(1, count)) {
            stub.on("POST", "/api/v1/cards/deep-1/entries/" + id + "/reversal", json(201, entry("r" + id, "deep-1")));
        }
    }

    static List<String> entryIds(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "e-" + i).toList();
    }

    /** What came before the fresh card was issued (the last card issued): the station, the deep card, its fill. */
    static List<StubServer.Received> fill(List<StubServer.Received> all) {
        return all.subList(0, freshIssued(all));
    }

    /** What came after: the measurement. */
    static List<StubServer.Received> measurement(List<StubServer.Received> all) {
        return all.subList(freshIssued(all) + 1, all.size());
    }

    /** Requests of the measurement to one card (all answered 201 by these stubs: each one event). */
    static long measured(List<StubServer.Received> all, String cardId) {
        return measurement(all).stream()
                .filter(r -> r.path().startsWith("/api/v1/cards/" + cardId + "/"))
                .count();
    }

    /** The entry ids that reversals of {@code cardId} named. */
    static List<String> reversedEntries(List<StubServer.Received> requests, String cardId) {
        List<String> entries = new ArrayList<>();
        for (StubServer.Received request : requests) {
            Matcher reversal = BenchDeepCommandTest.REVERSAL.matcher(request.path());
            if (reversal.matches() && reversal.group(1).equals(cardId)) {
                entries.add(reversal.group(2));
            }
        }
        return entries;
    }

    private static int freshIssued(List<StubServer.Received> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).method().equals("POST") && all.get(i).path().equals(ISSUE)) {
                return i;
            }
        }
        throw new AssertionError("no card was issued: " + all);
    }
}
