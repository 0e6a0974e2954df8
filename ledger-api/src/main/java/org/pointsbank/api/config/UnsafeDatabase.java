package org.pointsbank.api.config;

/** The external PostgreSQL could lose or let the service rewrite acknowledged entries: the service will not start. */
public class UnsafeDatabase extends IllegalStateException {

    UnsafeDatabase(String message) {
        super(message);
    }
}
