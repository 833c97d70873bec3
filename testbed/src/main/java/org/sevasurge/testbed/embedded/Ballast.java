package org.sevasurge.testbed.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.UnsupportedTestbedOperationException;
import org.sevasurge.testbed.VolumeUsage;

/**
 * Fills a directory's filesystem with ballast files of real (non-sparse, fsynced) zeros until a share is free (or
 * until it is full, when others write to it meanwhile), and
 * deletes them. Refuses a filesystem with more than {@link #MAX_FILL_BYTES} free: that is the host's disk, and
 * filling it would hurt everything else on the machine. Not thread-safe; the testbed serialises calls.
 */
final class Ballast {

    /** The most a fill writes: 2 GiB. */
    static final long MAX_FILL_BYTES = 2L << 30;

    private static final String PREFIX = "sevasurge-ballast-";

    private final Path directory;
    private final TestbedOperation operation;
    private int files;

    /**
     * @param directory where the ballast goes, on the volume to fill
     * @param operation the testbed operation it performs, named when it refuses
     */
    Ballast(Path directory, TestbedOperation operation) {
        this.directory = directory;
        this.operation = operation;
    }

    VolumeUsage usage() throws IOException {
        Files.createDirectories(directory);
        FileStore store = Files.getFileStore(directory);
        return new VolumeUsage(store.getTotalSpace(), Math.min(store.getUsableSpace(), store.getTotalSpace()));
    }

    VolumeUsage fill(double freeShare) throws IOException {
        VolumeUsage before = usage();
        long bytes = before.freeBytes() - (long) (before.totalBytes() * freeShare);
        if (bytes > MAX_FILL_BYTES) {
            throw new UnsupportedTestbedOperationException(
                    operation,
                    TestbedMode.EMBEDDED,
                    "its directory " + directory + " is on a filesystem with "
                            + before.freeBytes() / (1 << 20)
                            + " MiB free, likely the host's disk; give the testbed a work"
                            + " directory on a small filesystem (as root: mount -t tmpfs -o size=256m tmpfs DIR, then"
                            + " --work-dir DIR) or use the containers testbed, whose documents volume can be a tmpfs");
        }
        Path file = directory.resolve(PREFIX + (++files));
        ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = 0;
            try {
                while (written < bytes) {
                    zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - written));
                    written += channel.write(zeros);
                }
            } catch (IOException full) {
                // Others wrote meanwhile (a service under load) and the disk filled first: that is the goal.
                if (full.getMessage() == null || !full.getMessage().contains("No space left on device")) {
                    throw full;
                }
            }
            channel.force(true);
        }
        return usage();
    }

    VolumeUsage free() throws IOException {
        try (DirectoryStream<Path> ballast = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path file : ballast) {
                Files.deleteIfExists(file);
            }
        }
        return usage();
    }
}
