package org.sevasurge.testbed.containers;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Docker labels that mark what a containers testbed created: {@code org.sevasurge.testbed.session} (one id per
 * testbed) and {@code org.sevasurge.testbed.owner} ({@code host:pid} of the JVM that created it), so teardown finds
 * everything of a session and a later start finds what a killed JVM left. Immutable.
 *
 * @param session this testbed's id
 * @param owner   {@code host:pid} of this JVM
 */
public record Labels(String session, String owner) {

    public static final String SESSION = "org.sevasurge.testbed.session";
    public static final String OWNER = "org.sevasurge.testbed.owner";

    /** Fresh labels for a testbed created by this JVM. */
    public static Labels fresh() {
        return new Labels(
                UUID.randomUUID().toString(),
                hostName() + ":" + ProcessHandle.current().pid());
    }

    public Map<String, String> asMap() {
        return Map.of(SESSION, session, OWNER, owner);
    }

    /** Whether an owner label names a JVM of this host that no longer runs; empty when it is another host's. */
    static Optional<Boolean> ownerIsGone(String ownerLabel) {
        int colon = ownerLabel.lastIndexOf(':');
        if (colon < 0 || !ownerLabel.substring(0, colon).equals(hostName())) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(ownerLabel.substring(colon + 1));
            return Optional.of(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
