package org.sevasurge.simulations.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.sevasurge.capacity.runs.RunLayout;

/**
 * A run's folder, {@code <runs>/<run-id>/}, and the paths of everything in it (the names and their meaning are
 * {@link RunLayout}'s, the format the analysis reads). The run id is {@code yyyyMMdd-HHmmss-<name>-<8 hex>} (UTC),
 * e.g. {@code 20261128-124500-smoke-3fa9c2d1}, so folders sort by time and several injectors never collide.
 * Immutable.
 */
public final class RunFolder {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String runId;
    private final Path dir;

    private RunFolder(String runId, Path dir) {
        this.runId = runId;
        this.dir = dir;
    }

    /**
     * Creates the folder (and {@code latency/}), or opens it when the orchestrator created it already.
     *
     * @param runsDir parent of all run folders, e.g. {@code runs}
     * @param runId   the run id, e.g. from {@link #newRunId}
     */
    public static RunFolder create(Path runsDir, String runId) {
        Path dir = runsDir.resolve(runId);
        try {
            Files.createDirectories(dir.resolve(RunLayout.LATENCY_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run folder " + dir, e);
        }
        return new RunFolder(runId, dir);
    }

    /** @return a fresh run id for {@code name} started at {@code now} */
    public static String newRunId(String name, Instant now) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return STAMP.format(now) + "-" + name + "-" + HexFormat.of().formatHex(random);
    }

    public String runId() {
        return runId;
    }

    public Path dir() {
        return dir;
    }

    public Path runJson() {
        return dir.resolve(RunLayout.RUN_JSON);
    }

    public Path latencyDir() {
        return dir.resolve(RunLayout.LATENCY_DIR);
    }

    public Path arrivals() {
        return dir.resolve(RunLayout.ARRIVALS);
    }

    public Path responses() {
        return dir.resolve(RunLayout.RESPONSES);
    }

    public Path ledger() {
        return dir.resolve(RunLayout.LEDGER);
    }

    public Path ledgerCheck() {
        return dir.resolve(RunLayout.LEDGER_CHECK);
    }

    public Path serverMetrics() {
        return dir.resolve(RunLayout.SERVER_METRICS);
    }

    public Path injectorMetrics() {
        return dir.resolve(RunLayout.INJECTOR_METRICS);
    }

    public Path summary() {
        return dir.resolve(RunLayout.SUMMARY);
    }

    /** @return the file whose appearance asks the injector to end its load early */
    public Path stopFile() {
        return dir.resolve(RunLayout.STOP_FILE);
    }
}
