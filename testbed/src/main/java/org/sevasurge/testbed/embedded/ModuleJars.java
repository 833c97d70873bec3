package org.sevasurge.testbed.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the runnable jars of the service and mocks modules: the system properties {@code sevasurge.service.jar}
 * and {@code sevasurge.mocks.jar} when set, else {@code service/target/sevasurge-service.jar} and
 * {@code mocks/target/sevasurge-mocks.jar} in the first directory, from the working directory upwards, that has
 * them. Immutable and thread-safe.
 *
 * @param service the service's shaded jar
 * @param mocks   the mocks' shaded jar
 */
public record ModuleJars(Path service, Path mocks) {

    static final String SERVICE_JAR = "service/target/sevasurge-service.jar";
    static final String MOCKS_JAR = "mocks/target/sevasurge-mocks.jar";

    /** Locates both jars; a missing one fails with its path and the command that builds it. */
    public static ModuleJars locate() {
        return new ModuleJars(
                find("sevasurge.service.jar", SERVICE_JAR, "service"), find("sevasurge.mocks.jar", MOCKS_JAR, "mocks"));
    }

    private static Path find(String property, String relative, String module) {
        String configured = System.getProperty(property);
        if (configured != null) {
            Path jar = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("-D" + property + "=" + jar + " is not a file; build it with"
                        + " './mvnw -pl " + module + " -am -DskipTests package'");
            }
            return jar;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve(relative);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException(
                relative + " not found from " + Path.of("").toAbsolutePath() + " upwards; build it with './mvnw -pl "
                        + module + " -am -DskipTests package' or set -D" + property);
    }
}
