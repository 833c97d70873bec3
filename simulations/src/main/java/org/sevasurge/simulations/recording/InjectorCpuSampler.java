package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Samples this JVM's (the injector's) own CPU once a second through
 * {@link com.sun.management.OperatingSystemMXBean#getProcessCpuTime()} and appends a JSON line to
 * {@code injector-metrics.jsonl}: {@code t}, {@code cpuCores} (core-equivalents used over the last interval,
 * 0..cores), {@code heapUsedBytes}. Keeps the mean and peak over the load phase for the summary. Called by one
 * thread; the statistics are read after sampling stops.
 */
public final class InjectorCpuSampler implements AutoCloseable {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final JsonLines out;
    private long lastCpuNanos = os.getProcessCpuTime();
    private long lastWallNanos = System.nanoTime();
    private volatile boolean accumulating = true;
    private double sumCores;
    private double peakCores;
    private int samples;

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
        if (accumulating) {
            sumCores += cores;
            peakCores = Math.max(peakCores, cores);
            samples++;
        }
        ObjectNode line = out.line();
        line.put("t", Instant.now().toString());
        line.put("cpuCores", Math.round(cores * 1000) / 1000.0);
        line.put("heapUsedBytes", Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        line.put("loadPhase", accumulating);
        out.write(line);
    }

    /** Stops counting samples into the load-phase statistics (the ledger check follows). */
    public void loadEnded() {
        accumulating = false;
    }

    /** @return mean core-equivalents used during the load phase */
    public synchronized double meanCores() {
        return samples == 0 ? 0 : sumCores / samples;
    }

    /** @return the highest one-second core-equivalents during the load phase */
    public synchronized double peakCores() {
        return peakCores;
    }

    @Override
    public void close() {
        out.close();
    }
}
