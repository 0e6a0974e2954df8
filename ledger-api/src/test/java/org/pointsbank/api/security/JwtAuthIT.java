package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.PointsBankApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same service with {@code pointsbank.auth.mode=jwt}: bearer tokens signed by a key the
 * test made, checked by Spring's resource server, naming stored users whose role and scope
 * apply unchanged. Configuration alone switches it; no request shape changes. It also runs
 * with a low per-user request rate, to see the 429.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAuthIT {

    @TempDir
    static Path dir;

    private ConfigurableApplicationContext app;
    private int port;
    private RSAPrivateKey signingKey;
    private RSAPrivateKey strangerKey;

    @BeforeAll
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair trusted = generator.generateKeyPair();
        signingKey = (RSAPrivateKey) trusted.getPrivate();
        strangerKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        Path publicKey = dir.resolve("issuer.pub");
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(trusted.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        app = new SpringApplicationBuilder(PointsBankApplication.class)
                .run(
                        "--server.port=0",
                        "--pointsbank.data-dir=" + dir.resolve("data"),
                        "--pointsbank.auth.mode=jwt",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                        "--pointsbank.limits.requests-per-second=2",
                        "--pointsbank.limits.burst=20");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void storedUsersSignInWithTokensAndKeepTheirScope() throws Exception {
        ApiClient admin = bearer(token("admin", signingKey, Instant.now().plusSeconds(300)));
        assertThat(admin.post("/api/v1/stations", key(), "{\"id\":\"jwt-a\",\"name\":\"A\"}")
                        .status())
                .isEqualTo(201);
        admin.post("/api/v1/stations", key(), "{\"id\":\"jwt-b\",\"name\":\"B\"}");
        assertThat(admin.post(
                                "/api/v1/users",
                                key(),
                                "{\"username\":\"jwt.staff\",\"password\":\"unused-but-required\","
                                        + "\"role\":\"STAFF\",\"stationIds\":[\"jwt-a\"]}")
                        .status())
                .isEqualTo(201);

        ApiClient staff = bearer(token("jwt.staff", signingKey, Instant.now().plusSeconds(300)));
        assertThat(staff.get("/api/v1/users/me").json().get("role").asText()).isEqualTo("STAFF");
        assertThat(staff.post("/api/v1/cards", "jwt-1", "{\"stationId\":\"jwt-a\"}")
                        .status())
                .isEqualTo(201);
        assertThat(staff.post("/api/v1/cards", "jwt-2", "{\"stationId\":\"jwt-b\"}")
                        .status())
                .isEqualTo(403);
        assertThat(staff.post("/api/v1/stations", key(), "{\"id\":\"jwt-c\",\"name\":\"C\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void forgedExpiredUnknownAndMissingTokensAreUnauthenticated() throws Exception {
        ApiClient anonymous = new ApiClient(port, null, null);
        ApiResponse none = anonymous.get("/api/v1/stations");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");

        assertThat(bearer(token("admin", strangerKey, Instant.now().plusSeconds(300)))
                        .get("/api/v1/stations")
                        .status())
                .as("signed by a key the service does not trust")
                .isEqualTo(401);
        assertThat(bearer(token("admin", signingKey, Instant.now().minusSeconds(600)))
                        .get("/api/v1/stations")
                        .status())
                .as("expired")
                .isEqualTo(401);
        assertThat(bearer(token("nobody", signingKey, Instant.now().plusSeconds(300)))
                        .get("/api/v1/stations")
                        .code())
                .as("names no stored user")
                .isEqualTo("UNAUTHENTICATED");
        assertThat(new ApiClient(port, "admin", "whatever")
                        .get("/api/v1/stations")
                        .status())
                .as("HTTP Basic is off in this mode")
                .isEqualTo(401);
    }

    @Test
    void aUserSendingFasterThanTheirRateGets429WithRetryAfter() throws Exception {
        ApiClient admin = bearer(token("admin", signingKey, Instant.now().plusSeconds(300)));
        admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"jwt.auditor\",\"password\":\"unused-but-required\",\"role\":\"AUDITOR\"}");
        ApiClient auditor =
                bearer(token("jwt.auditor", signingKey, Instant.now().plusSeconds(300)));

        List<ApiResponse> responses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            responses.add(auditor.get("/api/v1/stations"));
        }

        List<ApiResponse> limited =
                responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(limited.get(0).code()).isEqualTo("RATE_LIMITED");
        assertThat(limited.get(0).header("Retry-After")).isNotNull();
        assertThat(responses.subList(0, 20)).allMatch(r -> r.status() == 200);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private ApiClient bearer(String token) {
        return new ApiClient(port, null, null).withHeader("Authorization", "Bearer " + token);
    }

    private static String token(String subject, RSAPrivateKey key, Instant expires) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder()
                        .subject(subject)
                        .issueTime(Date.from(expires.minusSeconds(900)))
                        .expirationTime(Date.from(expires))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
