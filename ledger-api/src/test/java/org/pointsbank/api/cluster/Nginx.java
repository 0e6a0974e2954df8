package org.pointsbank.api.cluster;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx (Debian's, {@value #NGINX}) in front of instances on localhost, configured by the repository's own
 * {@code ops/deploy/render.sh}, in the foreground with its pid, logs and temp files in a directory of the test's.
 * Fails, never skips, when nginx is not installed. Close it to stop it.
 */
public final class Nginx implements AutoCloseable {

    static final String NGINX = "/usr/sbin/nginx";

    private final Process process;
    private final Path work;
    private final int port;

    private Nginx(Process process, Path work, int port) {
        this.process = process;
        this.work = work;
        this.port = port;
    }

    /** Renders the configuration for {@code upstreamPorts} into {@code work} and starts nginx on a free port. */
    public static Nginx start(Path work, int... upstreamPorts) throws IOException, InterruptedException {
        if (!new File(NGINX).canExecute()) {
            throw new IllegalStateException("the nginx drills need Debian's nginx at " + NGINX
                    + ": apt-get install nginx (as root; .ci/run does)");
        }
        int port = freePort();
        List<String> render = new ArrayList<>(
                List.of(deployDirectory().resolve("render.sh").toString(), work.toString(), Integer.toString(port)));
        for (int upstream : upstreamPorts) {
            render.add("127.0.0.1:" + upstream);
        }
        Process rendering = new ProcessBuilder(render).redirectErrorStream(true).start();
        String rendered = new String(rendering.getInputStream().readAllBytes());
        if (!rendering.waitFor(30, TimeUnit.SECONDS) || rendering.exitValue() != 0) {
            throw new IllegalStateException("render.sh failed: " + rendered);
        }
        Process nginx = new ProcessBuilder(
                        NGINX,
                        "-p",
                        work.toString(),
                        "-e",
                        "logs/error.log",
                        "-c",
                        work.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("logs/stdout.log").toFile())
                .start();
        Nginx started = new Nginx(nginx, work, port);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(work.resolve("logs/error.log")));
            }
            try {
                return http.send(
                                        HttpRequest.newBuilder(URI.create(started.url() + "/nginx-health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return started;
    }

    /** The repository's {@code ops/deploy}, from the module's directory (where the tests run). */
    static Path deployDirectory() {
        Path fromModule = Path.of("..", "ops", "deploy").toAbsolutePath().normalize();
        return Files.isDirectory(fromModule)
                ? fromModule
                : Path.of("ops", "deploy").toAbsolutePath();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The port nginx listens on (all addresses of localhost). */
    public int port() {
        return port;
    }

    /** nginx's access log: one line per request, naming the instance that answered ({@code upstream=}). */
    public List<String> accessLog() throws IOException {
        return Files.readAllLines(work.resolve("logs/access.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
