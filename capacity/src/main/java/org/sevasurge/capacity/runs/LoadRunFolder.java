package org.sevasurge.capacity.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.BadInputException;

/**
 * A load run folder (a season run or one staircase of a capacity search) opened for analysis: its
 * {@link RunInfo} read and checked at once, its recordings read on demand. Immutable; the files are read
 * afresh on every call.
 */
public final class LoadRunFolder {
    private final Path dir;
    private final RunInfo info;

    private LoadRunFolder(Path dir, RunInfo info) {
        this.dir = dir;
        this.info = info;
    }

    /** @return the folder opened; a {@link BadInputException} if it is missing or not a Seva Surge run */
    public static LoadRunFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such run folder");
        }
        if (!Files.isRegularFile(dir.resolve(RunLayout.RUN_JSON))) {
            throw new BadInputException(dir + ": not a Seva Surge run folder (no " + RunLayout.RUN_JSON + ")");
        }
        return new LoadRunFolder(dir, RunInfoReader.read(dir.resolve(RunLayout.RUN_JSON)));
    }

    public Path dir() {
        return dir;
    }

    public RunInfo info() {
        return info;
    }

    /** @return the request names that have a latency log, sorted */
    public List<String> latencyRequests() {
        Path latency = dir.resolve(RunLayout.LATENCY_DIR);
        if (!Files.isDirectory(latency)) {
            return List.of();
        }
        try (Stream<Path> logs = Files.list(latency)) {
            return logs.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(RunLayout.HLOG_SUFFIX))
                    .map(n -> n.substring(0, n.length() - RunLayout.HLOG_SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(latency + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** @return the latency log of {@code request} summed over each range */
    public List<LatencyLogs.OkKo> latency(String request, List<TimeRange> ranges) {
        return LatencyLogs.sum(dir.resolve(RunLayout.LATENCY_DIR).resolve(request + RunLayout.HLOG_SUFFIX), ranges);
    }

    /** @return {@code arrivals.jsonl}'s lines (each with {@code t}, epoch ms at the end of its second) */
    public List<JsonNode> arrivals() {
        return JsonFiles.lines(dir.resolve(RunLayout.ARRIVALS));
    }

    /** @return {@code responses.jsonl}'s lines */
    public List<JsonNode> responses() {
        return JsonFiles.lines(dir.resolve(RunLayout.RESPONSES));
    }

    /** @return {@code server-metrics.jsonl}'s lines */
    public List<JsonNode> serverMetrics() {
        return JsonFiles.lines(dir.resolve(RunLayout.SERVER_METRICS));
    }

    /** @return {@code injector-metrics.jsonl}'s lines */
    public List<JsonNode> injectorMetrics() {
        return JsonFiles.lines(dir.resolve(RunLayout.INJECTOR_METRICS));
    }

    /** @return {@code ledger.jsonl}'s lines (each with {@code ackedAt}, an ISO-8601 instant) */
    public List<JsonNode> ledger() {
        return JsonFiles.lines(dir.resolve(RunLayout.LEDGER));
    }

    /** @return {@code faults.jsonl}'s lines (empty for a run without faults) */
    public List<JsonNode> faults() {
        return JsonFiles.lines(dir.resolve(RunLayout.FAULTS));
    }

    /** @return {@code idempotency-probe.json}, or null when no probe ran */
    public @Nullable JsonNode idempotencyProbe() {
        Path file = dir.resolve(RunLayout.IDEMPOTENCY_PROBE);
        return Files.isRegularFile(file) ? JsonFiles.read(file) : null;
    }

    /** @return {@code payments.json}, or null when the run had no mocks' payment gateway */
    public @Nullable JsonNode payments() {
        Path file = dir.resolve(RunLayout.PAYMENTS);
        return Files.isRegularFile(file) ? JsonFiles.read(file) : null;
    }

    /** @return run.json as it is on disk */
    public JsonNode runJson() {
        return JsonFiles.read(dir.resolve(RunLayout.RUN_JSON));
    }

    /** @return {@code ledger-check.json}, or null when the check did not run */
    public @Nullable JsonNode ledgerCheck() {
        Path file = dir.resolve(RunLayout.LEDGER_CHECK);
        return Files.isRegularFile(file) ? JsonFiles.read(file) : null;
    }

    /**
     * @return the epoch milliseconds of a line's {@code t}: a number (epoch ms) or an ISO-8601 instant; a
     * {@link BadInputException} naming {@code file} otherwise
     */
    public static long timeOf(JsonNode line, String file) {
        JsonNode t = line.get("t");
        if (t == null) {
            throw new BadInputException(file + ": a line has no 't' field: " + line);
        }
        if (t.isNumber()) {
            return t.asLong();
        }
        try {
            return Instant.parse(t.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadInputException(
                    file + ": 't' = " + t + ": accepted values: epoch milliseconds or an ISO-8601" + " instant", e);
        }
    }

    /** A line and the share of it that belongs to a range. */
    public record Weighted(JsonNode line, double weight) {}

    /**
     * @return the lines that belong to {@code range}, each with its share: a sample (a {@code t} alone) wholly when
     * it lies in the range; a count over an interval ({@code ms} its length, {@code t} its end) by the interval's
     * overlap with the range
     */
    public static List<Weighted> within(List<JsonNode> lines, TimeRange range, String file) {
        List<Weighted> selected = new ArrayList<>();
        for (JsonNode line : lines) {
            long end = timeOf(line, file);
            double weight = range.overlap(end - line.path("ms").asLong(0), end);
            if (weight > 0) {
                selected.add(new Weighted(line, weight));
            }
        }
        return selected;
    }
}
