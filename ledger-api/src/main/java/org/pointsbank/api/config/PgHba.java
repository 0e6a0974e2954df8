package org.pointsbank.api.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded cluster's {@code pg_hba.conf}: every local and host line asks for a SCRAM
 * password. zonky's {@code initdb} writes {@code trust} (anyone on the machine is superuser);
 * a data directory from that time is found here and rewritten.
 */
final class PgHba {

    static final String LOCKED = """
            # Written by Points Bank: every connection needs its role's password (SCRAM-SHA-256).
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private PgHba() {}

    /** True when some line lets a client in without a SCRAM password (trust, peer, ident, md5, password...). */
    static boolean letsAnyoneIn(Path dataDirectory) throws IOException {
        List<String> rules = Files.readAllLines(file(dataDirectory)).stream()
                .map(line -> line.replaceAll("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
        return rules.stream()
                .map(line -> Arrays.asList(line.split("\\s+")))
                .anyMatch(tokens -> !tokens.contains("scram-sha-256") && !tokens.contains("reject"));
    }

    static void requirePasswords(Path dataDirectory) throws IOException {
        Path file = file(dataDirectory);
        Path next = file.resolveSibling("pg_hba.conf.new");
        Files.writeString(next, LOCKED);
        Files.move(
                next,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path file(Path dataDirectory) {
        return dataDirectory.resolve("pg_hba.conf");
    }
}
