package org.pointsbank.ops.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where to read a card's snapshot ({@link SnapshotSize}); none read without {@code --jdbc-url}. */
final class SnapshotOptions {

    @Option(
            names = "--jdbc-url",
            description = "Read the card's latest snapshot here, e.g. jdbc:postgresql://localhost:PORT/postgres "
                    + "(PORT from the service log line `Embedded PostgreSQL on port PORT`).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "pointsbank_app", description = "Default: ${DEFAULT-VALUE}")
    String jdbcUser;

    @Option(
            names = "--jdbc-password",
            defaultValue = "${env:PGPASSWORD}",
            description =
                    "Password (env PGPASSWORD); the embedded PostgreSQL's is in <data-dir>/postgres-app.password.")
    String jdbcPassword;

    /** The card's latest snapshot, with a line on {@code err} saying {@code when}; empty without a URL. */
    Optional<SnapshotSize> read(String cardId, PrintWriter err, String when) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        Optional<SnapshotSize> size = SnapshotSize.of(jdbcUrl, jdbcUser, jdbcPassword, cardId);
        err.printf(
                Locale.ROOT,
                "snapshot of card %s %s: %s%n",
                cardId,
                when,
                size.map(s -> s.bytes() + " bytes at sequence " + s.sequenceNumber())
                        .orElse("none"));
        err.flush();
        return size;
    }
}
