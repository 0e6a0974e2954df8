package org.pointsbank.api.security;

/**
 * The handlers the API's walkers (AccessMatrixIT, KioskIT, the hostile-input fuzz) cover: those under the API
 * chain's paths. The pages for people (every other path, the page chain) are walked by {@code pages/PageAccessIT}.
 */
public final class ApiPaths {

    private ApiPaths() {}

    public static boolean isApiPath(String pattern) {
        return pattern.startsWith("/api/") || pattern.startsWith("/bench/");
    }
}
