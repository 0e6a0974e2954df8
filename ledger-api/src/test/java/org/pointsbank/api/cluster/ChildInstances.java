package org.pointsbank.api.cluster;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Two instances of the service as separate processes (child JVMs, so that one can be killed with SIGKILL: no
 * shutdown hook, connections dropped mid-transaction), on one PostgreSQL the test owns, each on a fixed port so a
 * restarted instance answers at the same address. The arguments are {@link TwoInstances}'s.
 */
public final class ChildInstances implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final Path dir;
    private final int[] ports = new int[2];
    private final Process[] processes = new Process[2];
    private final int[] starts = new int[2];

    private ChildInstances(EmbeddedPostgres server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    public static ChildInstances start(Path dir) throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setRegisterShutdownHook(false)
                .start();
        ChildInstances instances = new ChildInstances(server, dir);
        try {
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE pointsbank_app LOGIN PASSWORD 'app-secret'");
            }
            for (int i = 0; i < 2; i++) {
                instances.ports[i] = freePort();
                instances.startInstance(i);
            }
        } catch (Exception | Error e) {
            instances.close();
            throw e;
        }
        return instances;
    }

    /** Starts instance {@code i} (again, after a kill) and waits until it answers. */
    public void startInstance(int i) throws IOException {
        Path log = dir.resolve("instance-" + i + "-" + (++starts[i]) + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                InstanceThatWillBeKilled.class.getName()));
        command.addAll(TwoInstances.arguments(url(), dir.resolve("instance-" + i)));
        command.add("--server.port=" + ports[i]);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes[i] = process;
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("instance " + i + " exited: " + tail(log));
                    }
                    return Files.readString(log).contains(InstanceThatWillBeKilled.READY);
                });
    }

    /** {@code kill -9} of instance {@code i}: the process ends at once, whatever it was doing. */
    public void kill(int i) throws InterruptedException {
        processes[i].destroyForcibly();
        if (!processes[i].waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("instance " + i + " did not die");
        }
    }

    public int port(int i) {
        return ports[i];
    }

    public DataSource database() {
        return server.getPostgresDatabase();
    }

    private String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes) {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
        server.close();
    }
}
