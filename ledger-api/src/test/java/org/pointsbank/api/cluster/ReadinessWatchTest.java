package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/deploy/readiness-watch.sh}, the active health check open-source nginx lacks, against two stand-in
 * instances whose readiness the test switches: an instance failing its checks is marked {@code down} in the
 * rendered {@code upstreams.conf} and nginx is told to reload; once ready again it is put back. nginx itself is
 * replaced by a script that records how it was called.
 */
class ReadinessWatchTest {

    @TempDir
    Path dir;

    private final HttpServer[] instances = new HttpServer[2];
    private final AtomicInteger[] status = {new AtomicInteger(200), new AtomicInteger(200)};
    private Process watcher;

    @AfterEach
    void stop() throws InterruptedException {
        if (watcher != null) {
            watcher.destroy();
            watcher.waitFor(10, TimeUnit.SECONDS);
        }
        for (HttpServer instance : instances) {
            if (instance != null) {
                instance.stop(0);
            }
        }
    }

    @Test
    void anInstanceThatIsNotReadyIsTakenOutOfNginxAndPutBackWhenReadyAgain() throws Exception {
        for (int i = 0; i < 2; i++) {
            AtomicInteger answer = status[i];
            instances[i] = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            instances[i].createContext("/actuator/health/readiness", exchange -> {
                exchange.sendResponseHeaders(answer.get(), -1);
                exchange.close();
            });
            instances[i].start();
        }
        Path work = dir.resolve("nginx");
        run(Nginx.deployDirectory().resolve("render.sh").toString(), work.toString(), "18080", server(0), server(1));
        Path fakeNginx = dir.resolve("fake-nginx");
        Files.writeString(fakeNginx, "#!/bin/sh\necho \"$@\" >> " + dir.resolve("nginx-calls.log") + "\n");
        Files.setPosixFilePermissions(fakeNginx, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder watch = new ProcessBuilder(
                        Nginx.deployDirectory().resolve("readiness-watch.sh").toString(), work.toString(), "0.2")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("watch.log").toFile());
        watch.environment().put("NGINX", fakeNginx.toString());
        watch.environment().put("FALL", "2");
        watch.environment().put("RISE", "2");
        watcher = watch.start();
        Path upstreams = work.resolve("upstreams.conf");

        status[1].set(503);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Files.readAllLines(upstreams))
                        .containsExactly(
                                "server " + server(0) + " max_fails=3 fail_timeout=10s;",
                                "server " + server(1) + " max_fails=3 fail_timeout=10s down;"));
        assertThat(Files.readString(dir.resolve("nginx-calls.log")))
                .contains("-p " + work + " -e logs/error.log -c " + work.resolve("nginx.conf") + " -s reload");

        status[1].set(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Files.readString(upstreams)).doesNotContain("down"));
        assertThat(Files.readAllLines(dir.resolve("nginx-calls.log"))).hasSize(2);
    }

    private String server(int i) {
        return "127.0.0.1:" + instances[i].getAddress().getPort();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(out).isZero();
    }
}
