package org.pointsbank.api.cluster;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name this instance goes by among the instances on one PostgreSQL: the owner of its processors' token claims
 * ({@code token_entry.owner}). Axon's own default is the JVM's {@code pid@host}, which two instances in one JVM
 * (tests), or two containers with the same host name and process id (pid 1 in each), share: each would then take the
 * other's claims for its own, and both would process the same segment. A random suffix, new at every start, keeps any
 * two instances apart; the host and pid before it tell an operator where the claim's owner runs.
 *
 * @param value the name, never blank
 */
public record NodeId(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public NodeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a node id is not blank");
        }
    }

    /** The configured name ({@code pointsbank.node-id}) when it is not blank, else {@link #generated()}. */
    public static NodeId of(String configured) {
        return new NodeId(configured == null || configured.isBlank() ? generated() : configured.strip());
    }

    /** {@code host-pid-suffix}: the host name, the process id and eight random hexadecimal digits. */
    public static String generated() {
        return host(ManagementFactory.getRuntimeMXBean().getName()) + "-"
                + ManagementFactory.getRuntimeMXBean().getPid() + "-" + suffix();
    }

    /** The host of the JVM's {@code pid@host} name (Axon's default owner), without a DNS look-up of our own. */
    static String host(String jvmName) {
        int at = jvmName.indexOf('@');
        String host = at < 0 ? "" : jvmName.substring(at + 1);
        return host.isBlank() ? "unknown-host" : host;
    }

    private static String suffix() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return value;
    }
}
