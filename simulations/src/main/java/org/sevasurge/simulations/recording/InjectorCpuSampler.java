package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Samples this JVM's (the injector's) own CPU once a second through
 * {@link com.sun.management.OperatingSystemMXBean#getProcessCpuTime()} and appends a JSON line to
 * {@code injector-metrics.jsonl}: {@code t} (epoch ms), {@code cpuCores} (core-equivalents used over the last
 * interval, 0..cores), {@code heapUsedBytes}. The verdict judges saturation per window of the run from these lines.
 * Called by one thread.
 */
public final class InjectorCpuSampler implements AutoCloseable {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final JsonLines out;
    private long lastCpuNanos = os.getProcessCpuTime();
    private long lastWallNanos = System.nanoTime();

    /** @param file the JSON-lines file */
    public InjectorCpuSampler(Path file) {
        this.out = new JsonLines(file);
    }

    /** Samples once and writes one line. */
    public synchronized void sample() {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        double cores = wall > lastWallNanos ? (double) (cpu - lastCpuNanos) / (wall - lastWallNanos) : 0;
        lastCpuNanos = cpu;
        lastWallNanos = wall;
        ObjectNode line = out.line();
        line.put("cpuCores", Math.round(cores * 1000) / 1000.0);
        line.put(
                "heapUsedBytes",
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        out.write(line);
    }

    @Override
    public void close() {
        out.close();
    }
}
