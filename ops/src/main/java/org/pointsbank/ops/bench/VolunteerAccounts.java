package org.pointsbank.ops.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import org.pointsbank.ops.OpsFailure;

/**
 * Makes the volunteers {@code bench check-ins} needs, as admin: those of the volunteers file at the station are
 * reused; for each one missing, a card ({@code POST /cards}) and a {@code VOLUNTEER} user bound to it ({@code POST
 * /users}), named {@code bench-v-<tag>-<n>} with a tag new to each run (so a name is never taken) and a random
 * password. The file is written with what exists, even when a request failed.
 */
final class VolunteerAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BenchHttp http;
    private final int clients;
    private final LongSupplier clock;

    VolunteerAccounts(BenchHttp http, int clients, LongSupplier clock) {
        this.http = http;
        this.clients = clients;
        this.clock = clock;
    }

    /** {@code count} volunteers at {@code station}: the file's first, then new ones. */
    List<BenchVolunteer> ensure(String station, int count, Path file) throws InterruptedException {
        List<BenchVolunteer> all = new ArrayList<>(VolunteersFile.read(file));
        List<BenchVolunteer> atStation = new ArrayList<>(
                all.stream().filter(v -> v.stationId().equals(station)).toList());
        int missing = count - atStation.size();
        if (missing <= 0) {
            return List.copyOf(atStation.subList(0, count));
        }
        String tag = HexFormat.of().formatHex(bytes(4));
        String password = HexFormat.of().formatHex(bytes(12));
        ConcurrentLinkedQueue<BenchVolunteer> made = new ConcurrentLinkedQueue<>();
        ResultRecorder recorder = new ResultRecorder();
        try {
            new CountedDriver(clients, clock)
                    .run(
                            sequence -> make(
                                    station,
                                    String.format(Locale.ROOT, "bench-v-%s-%04d", tag, sequence + 1),
                                    password,
                                    made),
                            missing,
                            recorder);
        } finally {
            all.addAll(made);
            VolunteersFile.write(file, all);
        }
        if (!recorder.errors().isEmpty()) {
            throw new OpsFailure("making volunteers at " + station + ": " + ResultReport.errors(recorder.errors()));
        }
        atStation.addAll(made);
        return List.copyOf(atStation);
    }

    private Outcome make(String station, String username, String password, ConcurrentLinkedQueue<BenchVolunteer> made)
            throws InterruptedException {
        try {
            HttpAnswer card = http.post(
                    "/api/v1/cards",
                    "{\"stationId\":" + JsonText.quote(station) + "}",
                    "bench-card-" + UUID.randomUUID());
            String cardId = card.status() == 201 ? card.json().path("cardId").asText("") : "";
            if (cardId.isEmpty()) {
                return Outcome.error("card " + card.errorKey());
            }
            HttpAnswer user = http.post(
                    "/api/v1/users",
                    "{\"username\":" + JsonText.quote(username) + ",\"password\":" + JsonText.quote(password)
                            + ",\"role\":\"VOLUNTEER\",\"cardId\":" + JsonText.quote(cardId) + "}",
                    null);
            if (user.status() != 201) {
                return Outcome.error("user " + user.errorKey());
            }
            made.add(new BenchVolunteer(username, password, cardId, station));
            return Outcome.ok();
        } catch (IOException e) {
            return Outcome.failed(e);
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
