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

/**
 * A run's folder, {@code <runs>/<run-id>/}, and the names of everything in it. The run id is
 * {@code yyyyMMdd-HHmmss-<profile>-<8 hex>} (UTC), e.g. {@code 20261128-124500-smoke-3fa9c2d1}, so folders sort by
 * time and several injectors never collide. Immutable.
 *
 * <pre>
 * run.json               profile, parameters, offered rates and step boundaries, git revision, machine, start/end
 * latency/&lt;request&gt;.hlog HdrHistogram interval logs, microseconds
 * ledger.jsonl           every acknowledged submission
 * ledger-check.json      the after-run read-back: lost, changed, duplicated
 * server-metrics.jsonl   the service's /metrics, once a second
 * injector-metrics.jsonl the injector's own CPU, once a second
 * summary.txt            the human summary
 * </pre>
 */
public final class RunFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String runId;
    private final Path dir;

    private RunFolder(String runId, Path dir) {
        this.runId = runId;
        this.dir = dir;
    }

    /**
     * Creates the folder (and {@code latency/}).
     *
     * @param runsDir parent of all run folders, e.g. {@code target/sevasurge/runs}
     * @param runId   the run id, e.g. from {@link #newRunId}
     */
    public static RunFolder create(Path runsDir, String runId) {
        Path dir = runsDir.resolve(runId);
        try {
            Files.createDirectories(dir.resolve("latency"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run folder " + dir, e);
        }
        return new RunFolder(runId, dir);
    }

    /** @return a fresh run id for {@code profile} started at {@code now} */
    public static String newRunId(String profile, Instant now) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return STAMP.format(now) + "-" + profile + "-" + HexFormat.of().formatHex(random);
    }

    public String runId() {
        return runId;
    }

    public Path dir() {
        return dir;
    }

    public Path runJson() {
        return dir.resolve("run.json");
    }

    public Path latencyDir() {
        return dir.resolve("latency");
    }

    public Path ledger() {
        return dir.resolve("ledger.jsonl");
    }

    public Path ledgerCheck() {
        return dir.resolve("ledger-check.json");
    }

    public Path serverMetrics() {
        return dir.resolve("server-metrics.jsonl");
    }

    public Path injectorMetrics() {
        return dir.resolve("injector-metrics.jsonl");
    }

    public Path summary() {
        return dir.resolve("summary.txt");
    }
}
