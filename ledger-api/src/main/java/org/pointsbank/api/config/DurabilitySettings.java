package org.pointsbank.api.config;

import java.util.List;

/**
 * What the durability guard reads from an external PostgreSQL, on one of the service's own connections.
 *
 * @param fsync             {@code SHOW fsync}
 * @param synchronousCommit {@code SHOW synchronous_commit}, as the service's role and database set it
 * @param role              {@code current_user}
 * @param changeableLog     "privilege on table" for each append-only table the role may change (for example
 *                          {@code UPDATE on domain_event_entry}); empty when it may only read and append
 */
record DurabilitySettings(String fsync, String synchronousCommit, String role, List<String> changeableLog) {

    DurabilitySettings {
        changeableLog = List.copyOf(changeableLog);
    }
}
