package org.sevasurge.testbed.images;

import java.util.List;

/**
 * The base images the containers testbed runs on, each with the official name users with registry access expect
 * and the name of the one {@link Images#build} makes from Debian bookworm's packages. Both PostgreSQL images are
 * major version 15 and both runtimes Java 17, so a run means the same on either. Immutable.
 */
public enum BaseImage {

    /** PostgreSQL 15: the official image, or Debian's {@code postgresql-15} with an entrypoint that honours its variables. */
    POSTGRES(
            "postgres:15",
            "sevasurge/postgres:15-bookworm",
            List.of("postgresql-15"),
            List.of(
                    "ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "ENV PGDATA=/var/lib/postgresql/data",
                    "ENTRYPOINT [\"/usr/local/bin/docker-entrypoint.sh\"]",
                    "CMD [\"postgres\"]",
                    "EXPOSE 5432")),

    /** A Java 17 runtime: Eclipse Temurin's public image, or Debian's {@code openjdk-17-jre-headless}. */
    JRE(
            "eclipse-temurin:17-jre",
            "sevasurge/jre:17-bookworm",
            List.of("openjdk-17-jre-headless"),
            List.of(
                    "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "CMD [\"java\", \"-version\"]"));

    private final String officialName;
    private final String builtName;
    private final List<String> packages;
    private final List<String> dockerfileChanges;

    BaseImage(String officialName, String builtName, List<String> packages, List<String> dockerfileChanges) {
        this.officialName = officialName;
        this.builtName = builtName;
        this.packages = packages;
        this.dockerfileChanges = dockerfileChanges;
    }

    /** The public image users with registry access get by default, e.g. {@code postgres:15}. */
    public String officialName() {
        return officialName;
    }

    /** The tag of the image built from Debian packages, e.g. {@code sevasurge/postgres:15-bookworm}. */
    public String builtName() {
        return builtName;
    }

    /** The Debian packages installed on top of debootstrap's minimal base. */
    public List<String> packages() {
        return packages;
    }

    /** The {@code docker import --change} instructions (Dockerfile syntax) that make the rootfs an image. */
    public List<String> dockerfileChanges() {
        return dockerfileChanges;
    }

    /**
     * The image to use when none was named: the official one when present, else the built one when present, else
     * the official one (which Docker then pulls).
     */
    public String choose(ImagePresence presence) {
        if (!presence.isPresent(officialName) && presence.isPresent(builtName)) {
            return builtName;
        }
        return officialName;
    }

    /** Whether an image is in the local Docker engine. */
    @FunctionalInterface
    public interface ImagePresence {
        boolean isPresent(String image);
    }
}
