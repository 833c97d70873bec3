package org.sevasurge.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A hard CPU limit for the injector process through a Linux control group ({@code cpu.cfs_quota_us} of cgroup v1, or
 * {@code cpu.max} of cgroup v2): the injector gets at most {@code cores} core-equivalents, whatever else the machine
 * has, so a run says exactly what one injector is. Needs a writable cgroup file system (root); {@link #create}
 * says so plainly where there is none. Close it to move the process back and remove the group.
 */
public final class CpuLimit implements AutoCloseable {
    private static final long PERIOD_MICROS = 100_000;
    private static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
    private static final Path V2 = Path.of("/sys/fs/cgroup");

    private final Path group;
    private final Path parentProcs;

    private CpuLimit(Path group, Path parentProcs) {
        this.group = group;
        this.parentProcs = parentProcs;
    }

    /** @return whether this machine lets this process create CPU-limited control groups */
    public static boolean available() {
        return Files.isWritable(V1.resolve("cgroup.procs")) && Files.exists(V1.resolve("cpu.cfs_quota_us"))
                || Files.isWritable(V2.resolve("cgroup.subtree_control"))
                        && controllersOf(V2).contains("cpu");
    }

    /**
     * @param cores the limit, core-equivalents
     * @param name  a name for the group (unique per run)
     * @return the limit, with no process in it yet
     * @throws IOException where control groups cannot be written (not Linux, not root), with what to do instead
     */
    public static CpuLimit create(double cores, String name) throws IOException {
        long quota = Math.max(1000, Math.round(cores * PERIOD_MICROS));
        try {
            if (Files.exists(V1.resolve("cpu.cfs_quota_us"))) {
                Path group = Files.createDirectories(V1.resolve("sevasurge-" + name));
                Files.writeString(group.resolve("cpu.cfs_period_us"), String.valueOf(PERIOD_MICROS));
                Files.writeString(group.resolve("cpu.cfs_quota_us"), String.valueOf(quota));
                return new CpuLimit(group, V1.resolve("cgroup.procs"));
            }
            if (controllersOf(V2).contains("cpu")) {
                Files.writeString(V2.resolve("cgroup.subtree_control"), "+cpu");
                Path group = Files.createDirectories(V2.resolve("sevasurge-" + name));
                Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_MICROS);
                return new CpuLimit(group, V2.resolve("cgroup.procs"));
            }
        } catch (IOException | SecurityException e) {
            throw new IOException(
                    "--injector-cpu-limit needs a writable cgroup cpu controller (Linux, as root): " + e.getMessage()
                            + "; pin the injector with --injector-cpus instead, or run without a limit",
                    e);
        }
        throw new IOException("--injector-cpu-limit needs a cgroup cpu controller (Linux, as root) and found none"
                + " under /sys/fs/cgroup; pin the injector with --injector-cpus instead, or run without a limit");
    }

    /** Puts process {@code pid} (all its threads) under the limit. */
    public void add(long pid) throws IOException {
        Files.writeString(group.resolve("cgroup.procs"), String.valueOf(pid));
    }

    @Override
    public void close() {
        try {
            for (String pid : Files.readAllLines(group.resolve("cgroup.procs"), StandardCharsets.US_ASCII)) {
                if (!pid.isBlank()) {
                    Files.writeString(parentProcs, pid.strip());
                }
            }
            Files.deleteIfExists(group);
        } catch (IOException e) {
            // A group that is still busy is removed by the next run's cleanup or the machine's restart.
        }
    }

    private static List<String> controllersOf(Path root) {
        try {
            return List.of(
                    Files.readString(root.resolve("cgroup.controllers")).trim().split("\\s+"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
