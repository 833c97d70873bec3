package org.sevasurge.testbed.containers;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sevasurge.testbed.images.BaseImage;

/**
 * How the containers testbed runs: the base images, each container's CPU and memory limits, and the documents
 * volume. Immutable; the {@code with...} methods return a changed copy.
 *
 * @param postgresImage        the PostgreSQL image, or null for {@link BaseImage#POSTGRES}'s automatic choice (the
 *                             official {@code postgres:15} when present, else the image built from Debian packages
 *                             when present, else the official one, pulled)
 * @param jreImage             the Java runtime image the service and mocks images are built on, or null for
 *                             {@link BaseImage#JRE}'s automatic choice (the same rule)
 * @param service              the service container's limits (its heap is two thirds of the memory)
 * @param database             the PostgreSQL container's limits
 * @param mocks                the mocks container's limits
 * @param documentsVolumeBytes 0: the documents live on a Docker volume on the host's disk (no size limit; filling
 *                             it is refused); above 0: on a tmpfs volume of exactly this size, for disk-full
 *                             scenarios (the tmpfs counts against the memory of the container that writes it)
 * @param serviceStartTimeout  how long the service may take to answer ready
 */
public record ContainerSettings(
        @Nullable String postgresImage,
        @Nullable String jreImage,
        ResourceLimits service,
        ResourceLimits database,
        ResourceLimits mocks,
        long documentsVolumeBytes,
        Duration serviceStartTimeout) {

    /** The smallest documents tmpfs accepted. */
    public static final long MIN_DOCUMENTS_VOLUME_BYTES = 1L << 20;

    public ContainerSettings {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(mocks, "mocks");
        Objects.requireNonNull(serviceStartTimeout, "serviceStartTimeout");
        if (documentsVolumeBytes != 0 && documentsVolumeBytes < MIN_DOCUMENTS_VOLUME_BYTES) {
            throw new IllegalArgumentException("the documents volume must be 0 (on the host's disk) or at least 1m,"
                    + " got " + documentsVolumeBytes + " bytes");
        }
    }

    /**
     * The defaults: images chosen automatically; service 1 CPU and 768m (the "one instance"), PostgreSQL
     * 1 CPU and 1g, mocks 1 CPU and 512m; documents on the host's disk; 2 minutes for the service to start.
     */
    public static ContainerSettings defaults() {
        return new ContainerSettings(
                null,
                null,
                new ResourceLimits(1, 768L << 20),
                new ResourceLimits(1, 1L << 30),
                new ResourceLimits(1, 512L << 20),
                0,
                Duration.ofMinutes(2));
    }

    public ContainerSettings withPostgresImage(String image) {
        return new ContainerSettings(
                image, jreImage, service, database, mocks, documentsVolumeBytes, serviceStartTimeout);
    }

    public ContainerSettings withJreImage(String image) {
        return new ContainerSettings(
                postgresImage, image, service, database, mocks, documentsVolumeBytes, serviceStartTimeout);
    }

    /** The service's limits, as {@code --service-cpus} and {@code --service-memory} give them. */
    public ContainerSettings withService(ResourceLimits limits) {
        return new ContainerSettings(
                postgresImage, jreImage, limits, database, mocks, documentsVolumeBytes, serviceStartTimeout);
    }

    public ContainerSettings withDatabase(ResourceLimits limits) {
        return new ContainerSettings(
                postgresImage, jreImage, service, limits, mocks, documentsVolumeBytes, serviceStartTimeout);
    }

    /** A documents tmpfs of this many bytes (0: a volume on the host's disk). */
    public ContainerSettings withDocumentsVolumeBytes(long bytes) {
        return new ContainerSettings(postgresImage, jreImage, service, database, mocks, bytes, serviceStartTimeout);
    }

    public ContainerSettings withServiceStartTimeout(Duration timeout) {
        return new ContainerSettings(postgresImage, jreImage, service, database, mocks, documentsVolumeBytes, timeout);
    }
}
