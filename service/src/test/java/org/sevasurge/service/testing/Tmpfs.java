package org.sevasurge.service.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small real file system (tmpfs), so a full disk is a real ENOSPC. Needs root; where mounting is not
 * allowed the calling test is skipped with a message saying why.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static Tmpfs mount(int sizeMegabytes) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sevasurge-tmpfs");
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + sizeMegabytes + "m", "tmpfs", dir.toString());
        assumeTrue(
                exit == 0,
                "skipped: cannot mount a tmpfs at " + dir + " (needs root: 'mount -t tmpfs' exited " + exit
                        + "); the containers mode runs the disk-full scenario with Testcontainers' tmpfs instead");
        return new Tmpfs(dir);
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes a file of {@code bytes} (fewer if the disk fills first). */
    public Path fill(String name, long bytes) throws IOException {
        Path file = mountPoint.resolve(name);
        byte[] chunk = new byte[1 << 20];
        try (var out = Files.newOutputStream(file)) {
            long left = bytes;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
        } catch (IOException full) {
            // the disk is full: exactly what some callers want
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            run("umount", "-l", mountPoint.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(mountPoint);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
