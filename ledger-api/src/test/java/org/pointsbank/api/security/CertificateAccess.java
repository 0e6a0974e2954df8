package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;

/** The certificates of the access matrix: one of card A, issued by the admin once and readable when asked for. */
final class CertificateAccess {

    private static volatile String ofCardA;

    private CertificateAccess() {}

    /** A certificate of card A, in the read model. */
    static String ofCardA(AccessWorld world) {
        String id = ofCardA;
        if (id != null
                && world.clients
                                .get(Scope.ADMIN)
                                .get("/api/v1/certificates/" + id)
                                .status()
                        == 200) {
            return id;
        }
        ApiClient admin = world.clients.get(Scope.ADMIN);
        ApiResponse issued = admin.post(
                "/api/v1/cards/" + world.cardA + "/certificates",
                UUID.randomUUID().toString(),
                null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String certificate = issued.json().get("certificateId").asText();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/certificates/" + certificate).status() == 200);
        ofCardA = certificate;
        return certificate;
    }
}
