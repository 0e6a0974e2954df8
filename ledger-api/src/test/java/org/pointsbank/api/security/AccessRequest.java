package org.pointsbank.api.security;

import org.pointsbank.api.photo.TestImages;

/** A request of the access matrix; {@code path} already has its ids; {@code image} a raw PNG body instead of JSON. */
record AccessRequest(String method, String path, String body, String accept, byte[] image) {

    AccessRequest(String method, String path, String body, String accept) {
        this(method, path, body, accept, null);
    }

    static AccessRequest image(String path) {
        return new AccessRequest("POST", path, null, "application/json", TestImages.png(8, 8));
    }

    static AccessRequest get(String path) {
        return new AccessRequest("GET", path, null, "application/json");
    }

    static AccessRequest post(String path, String body) {
        return new AccessRequest("POST", path, body, "application/json");
    }
}
