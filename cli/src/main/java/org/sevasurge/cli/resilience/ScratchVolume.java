package org.sevasurge.cli.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.faults.FaultTarget;

/**
 * A small real filesystem (a tmpfs of a fixed size) for the volume a disk-full scenario fills, the documents' or
 * PostgreSQL's, so a full disk is a real ENOSPC and the host's disk is never filled. Mounting needs root; where it is
 * not allowed, {@link #mount} says why and the scenario is skipped. Unmounted (lazily) on close. One mount per
 * instance.
 */
final class ScratchVolume implements AutoCloseable {

    /** What a scratch volume holds, and its size. */
    enum Use {
        /** Large enough for a few minutes of submissions below the low watermark, small enough to fill at once. */
        DOCUMENTS(FaultTarget.Kind.DOCUMENTS_VOLUME, 160),
        /**
         * A fresh cluster (about 40 MiB) and its WAL segments (16 MiB each, a few in use between checkpoints) with
         * room to spare below the low watermark.
         */
        DATABASE(FaultTarget.Kind.DATABASE_VOLUME, 384);

        private final FaultTarget.Kind target;
        private final int sizeMegabytes;

        Use(FaultTarget.Kind target, int sizeMegabytes) {
            this.target = target;
            this.sizeMegabytes = sizeMegabytes;
        }

        /** The fault target that fills a volume of this use. */
        FaultTarget.Kind target() {
            return target;
        }

        int sizeMegabytes() {
            return sizeMegabytes;
        }

        private String label() {
            return this == DOCUMENTS ? "documents" : "database";
        }
    }

    private final Path mountPoint;

    private ScratchVolume(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** The outcome of an attempt to mount: the volume, or why not. */
    record Mounted(Optional<ScratchVolume> volume, @Nullable String whyNot) {}

    static Mounted mount(Path parent, Use use) throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, use.label() + "-tmpfs-");
        String[] command = {"mount", "-t", "tmpfs", "-o", "size=" + use.sizeMegabytes() + "m", "tmpfs", dir.toString()};
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
            String instead = use == Use.DOCUMENTS
                    ? "run as root, or with --testbed containers --documents-volume " + use.sizeMegabytes() + "m"
                    : "run as root";
            return new Mounted(
                    Optional.empty(),
                    "cannot mount a " + use.sizeMegabytes() + " MiB tmpfs for the " + use.label()
                            + " volume ('mount -t tmpfs' exited " + exit + (output.isEmpty() ? "" : ": " + output)
                            + "; it needs root); " + instead);
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
