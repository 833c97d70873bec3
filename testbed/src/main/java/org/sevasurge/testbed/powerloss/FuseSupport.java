package org.sevasurge.testbed.powerloss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Whether this machine can mount a {@link PowerLossFs}: Linux, {@code /dev/fuse}, libfuse 2 and the right to
 * mount, checked once per JVM by mounting a throw-away one. Tests skip with {@link #unavailableReason()} as their
 * message where FUSE is not to be had (a laptop without root, a container without {@code /dev/fuse}). Thread-safe.
 */
public final class FuseSupport {

    private static final List<Path> LIBFUSE2 = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu/libfuse.so.2"),
            Path.of("/usr/lib/aarch64-linux-gnu/libfuse.so.2"),
            Path.of("/lib/x86_64-linux-gnu/libfuse.so.2"),
            Path.of("/usr/lib64/libfuse.so.2"),
            Path.of("/usr/lib/libfuse.so.2"),
            Path.of("/usr/local/lib/libfuse.so.2"));
    private static final String INSTALL = "on Debian or Ubuntu: apt-get install fuse3 libfuse2 (as root)";
    private static Optional<String> probed;

    private FuseSupport() {}

    /** Empty when a power-loss filesystem can be mounted here, else why not and what to install. */
    public static synchronized Optional<String> unavailableReason() {
        if (probed == null) {
            probed = missingPieces().or(FuseSupport::trialMount);
        }
        return probed;
    }

    /** The pieces a mount needs that are missing, without trying one. */
    static Optional<String> missingPieces() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.of("FUSE mounts need Linux, this is " + System.getProperty("os.name"));
        }
        Path device = Path.of("/dev/fuse");
        if (!Files.isReadable(device) || !Files.isWritable(device)) {
            return Optional.of("/dev/fuse is missing or not usable by this user (a container needs"
                    + " --device /dev/fuse --cap-add SYS_ADMIN)");
        }
        if (LIBFUSE2.stream().noneMatch(Files::exists)) {
            return Optional.of("libfuse.so.2 not found in " + LIBFUSE2 + "; " + INSTALL);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root && !onPath("fusermount")) {
            return Optional.of("not root and no fusermount on the PATH; " + INSTALL);
        }
        return Optional.empty();
    }

    /** Waits until {@code mountPoint} shows in this process's mount table. */
    static void awaitMounted(Path mountPoint, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String wanted = mountPoint.toString();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ");
                if (fields.length > 4 && fields[4].replace("\\040", " ").equals(wanted)) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the mount on " + mountPoint, e);
            }
        }
        throw new IOException(
                mountPoint + " did not appear in /proc/self/mountinfo within " + timeout.toSeconds() + " s");
    }

    private static Optional<String> trialMount() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("powerloss-probe");
            try (PowerLossFs fs = PowerLossFs.mount(dir.resolve("disk"), dir.resolve("mnt"))) {
                Files.writeString(fs.mountPoint().resolve("probe"), "probe");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.of("a trial FUSE mount failed: " + e + "; " + INSTALL);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory: the OS cleans it eventually
        }
    }
}
