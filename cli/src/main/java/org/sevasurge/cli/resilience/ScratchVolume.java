package org.sevasurge.cli.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A small real filesystem (a tmpfs of a fixed size) for the documents volume of the disk-full scenario, so a full
 * disk is a real ENOSPC and the host's disk is never filled. Mounting needs root; where it is not allowed,
 * {@link #mount} says why and the scenario is skipped. Unmounted (lazily) on close. One mount per instance.
 */
final class ScratchVolume implements AutoCloseable {
    /** Large enough for a few minutes of submissions below the low watermark, small enough to fill at once. */
    static final int SIZE_MEGABYTES = 160;

    private final Path mountPoint;

    private ScratchVolume(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** The outcome of an attempt to mount: the volume, or why not. */
    record Mounted(Optional<ScratchVolume> volume, @Nullable String whyNot) {}

    static Mounted mount(Path parent) throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "documents-tmpfs-");
        String[] command = {"mount", "-t", "tmpfs", "-o", "size=" + SIZE_MEGABYTES + "m", "tmpfs", dir.toString()};
        int exit;
        String output;
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            output = new String(process.getInputStream().readAllBytes()).trim();
            exit = process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            exit = -1;
            output = e.getMessage();
        }
        if (exit != 0) {
            Files.deleteIfExists(dir);
            return new Mounted(
                    Optional.empty(),
                    "cannot mount a " + SIZE_MEGABYTES + " MiB tmpfs for the documents"
                            + " volume ('mount -t tmpfs' exited " + exit + (output.isEmpty() ? "" : ": " + output)
                            + "; it needs root); run as root, or with --testbed containers --documents-volume 160m");
        }
        return new Mounted(Optional.of(new ScratchVolume(dir)), null);
    }

    Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", mountPoint.toString())
                .redirectErrorStream(true)
                .start()
                .waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(mountPoint);
    }
}
