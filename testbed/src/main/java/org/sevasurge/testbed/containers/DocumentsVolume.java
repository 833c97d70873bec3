package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import java.io.IOException;
import java.util.Map;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.UnsupportedTestbedOperationException;
import org.sevasurge.testbed.VolumeUsage;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The service's documents volume: a Docker volume, on the host's disk or a tmpfs of fixed size, mounted at
 * {@link #SERVICE_PATH} in the service container and at {@link #KEEPER_PATH} in a keeper container that only sleeps.
 * The keeper holds a tmpfs mounted while the service container is killed and restarted (Docker unmounts a volume
 * when no running container uses it, and a tmpfs loses its files then), and runs {@code df}, the ballast and its
 * removal even while the service is down. Thread-safe: the operations are serialised.
 */
final class DocumentsVolume {

    static final String SERVICE_PATH = "/var/lib/sevasurge/documents";
    static final String KEEPER_PATH = "/volume";
    private static final String BALLAST = KEEPER_PATH + "/sevasurge-ballast";

    private final String name;
    private final long sizeBytes;
    private final GenericContainer<?> keeper;
    private final ContainerControl control;
    private int ballasts;

    private DocumentsVolume(String name, long sizeBytes, GenericContainer<?> keeper, ContainerControl control) {
        this.name = name;
        this.sizeBytes = sizeBytes;
        this.keeper = keeper;
        this.control = control;
    }

    /**
     * Creates the volume (labelled) and configures its keeper, which the caller starts.
     *
     * @param sizeBytes 0 for a volume on the host's disk, else a tmpfs of this size
     */
    static DocumentsVolume create(DockerClient docker, Labels labels, long sizeBytes, String keeperImage) {
        String name = "sevasurge-documents-" + labels.session();
        var create = docker.createVolumeCmd().withName(name).withLabels(labels.asMap());
        if (sizeBytes > 0) {
            create.withDriver("local")
                    .withDriverOpts(
                            Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=" + sizeBytes + ",mode=0777"));
        }
        create.exec();
        // The ballast a fill writes is charged to the keeper's memory: no limit below the volume's size.
        long keeperMemory = Math.max(ResourceLimits.MIN_MEMORY_BYTES, sizeBytes + (64L << 20));
        GenericContainer<?> keeper = new GenericContainer<>(DockerImageName.parse(keeperImage))
                .withLabels(labels.asMap())
                .withNetworkMode("none")
                .withCommand("infinity")
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep")
                        .getHostConfig()
                        .withMounts(java.util.List.of(mount(name, KEEPER_PATH)))
                        .withMemory(keeperMemory)
                        .withMemorySwap(keeperMemory));
        return new DocumentsVolume(name, sizeBytes, keeper, new ContainerControl(docker));
    }

    static Mount mount(String volume, String path) {
        return new Mount().withType(MountType.VOLUME).withSource(volume).withTarget(path);
    }

    String name() {
        return name;
    }

    /** 0 for a volume on the host's disk, else the tmpfs's size. */
    long sizeBytes() {
        return sizeBytes;
    }

    GenericContainer<?> keeper() {
        return keeper;
    }

    synchronized VolumeUsage usage() throws IOException, InterruptedException {
        ContainerControl.ExecResult df =
                control.exec(keeper.getContainerId(), "df", "-B1", "--output=size,avail", KEEPER_PATH);
        String[] lines = df.output().strip().split("\n");
        if (df.exitCode() != 0 || lines.length < 2) {
            throw new IOException(
                    "df of the documents volume failed: " + df.output().strip());
        }
        String[] numbers = lines[lines.length - 1].strip().split("\\s+");
        return new VolumeUsage(Long.parseLong(numbers[0]), Long.parseLong(numbers[1]));
    }

    /** Writes a ballast file until {@code freeShare} of the volume is free. */
    synchronized VolumeUsage fill(double freeShare) throws IOException, InterruptedException {
        if (sizeBytes == 0) {
            throw new UnsupportedTestbedOperationException(
                    TestbedOperation.FILL_DOCUMENTS_VOLUME,
                    TestbedMode.CONTAINERS,
                    "its documents volume " + name + " is on the host's disk, which filling"
                            + " would fill; give it a fixed size (ContainerSettings.withDocumentsVolumeBytes, e.g. 64m) to get"
                            + " a tmpfs of that size");
        }
        VolumeUsage before = usage();
        long leave = (long) (before.totalBytes() * freeShare);
        long bytes = (before.freeBytes() - leave) & ~4095L;
        if (bytes > 0) {
            String file = BALLAST + "-" + (++ballasts);
            ContainerControl.ExecResult written = control.exec(
                    keeper.getContainerId(),
                    "sh",
                    "-c",
                    "fallocate -l " + bytes + " " + file + " 2>/dev/null || head -c " + bytes + " /dev/zero > " + file);
            if (written.exitCode() != 0) {
                throw new IOException("writing " + bytes + " bytes of ballast to the documents volume failed: "
                        + written.output().strip());
            }
        }
        return usage();
    }

    synchronized VolumeUsage free() throws IOException, InterruptedException {
        ContainerControl.ExecResult removed =
                control.exec(keeper.getContainerId(), "sh", "-c", "rm -f " + BALLAST + "-*");
        if (removed.exitCode() != 0) {
            throw new IOException(
                    "removing the ballast failed: " + removed.output().strip());
        }
        return usage();
    }
}
