package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine can run the containers testbed here, and why not, in words a user can act on.
 * Testcontainers' Ryuk reaper is pulled from a registry unless {@code TESTCONTAINERS_RYUK_DISABLED=true}, which
 * only the environment can set (Testcontainers reads no other source for it); the testbed removes its own
 * containers, so the variable is safe to set everywhere. Likewise {@code TESTCONTAINERS_HOST_OVERRIDE=localhost}:
 * in a JVM that itself runs in a container, Testcontainers would otherwise pull and run {@code alpine:3.17} to find
 * the gateway, and every server of this testbed is on the host's loopback anyway. Stateless and thread-safe.
 */
public final class DockerAvailability {

    private DockerAvailability() {}

    /** Testcontainers' Docker client, or an exception saying what is missing and what to do. */
    public static DockerClient client() throws IOException {
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/.dockerenv"))
                && System.getenv("TESTCONTAINERS_HOST_OVERRIDE") == null) {
            org.slf4j.LoggerFactory.getLogger(DockerAvailability.class)
                    .warn(
                            "this JVM runs in a container and"
                                    + " TESTCONTAINERS_HOST_OVERRIDE is not set: Testcontainers will pull alpine:3.17 to find the"
                                    + " gateway (slow, and impossible without a registry); set TESTCONTAINERS_HOST_OVERRIDE=localhost");
        }
        try {
            return DockerClientFactory.instance().client();
        } catch (RuntimeException e) {
            throw new IOException(problem(e), e);
        }
    }

    /** Empty when a Docker engine answers, else why it cannot be used. */
    public static Optional<String> unavailableReason() {
        try {
            client().pingCmd().exec();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String problem(RuntimeException e) {
        String text = String.valueOf(e.getMessage());
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))
                && (text.contains("ryuk") || text.contains("pull") || text.contains("image"))) {
            return "Testcontainers could not start its Ryuk reaper (" + text + "); without an image registry set"
                    + " TESTCONTAINERS_RYUK_DISABLED=true in the environment (the testbed removes its own containers)";
        }
        return "no Docker engine answers (" + text + "); start one (as root: 'dockerd --storage-driver=vfs &',"
                + " Debian's docker.io package) or point DOCKER_HOST at one";
    }
}
