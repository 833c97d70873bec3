package org.sevasurge.capacity.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes a run folder of known content, second by second, as an injector would: run.json with its plan, latency
 * logs, arrivals, responses, server and injector metrics. A test fixture for the analysis.
 */
public final class SyntheticRun {
    public static final long START_MILLIS = 1_800_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final ObjectNode runJson = JSON.createObjectNode();
    private final ArrayNode steps;
    private final ArrayNode journeys;
    private final ObjectNode slo;
    private final Map<String, HistogramLogWriter> logs = new LinkedHashMap<>();
    private final List<String> arrivals = new ArrayList<>();
    private final List<String> responses = new ArrayList<>();
    private final List<String> server = new ArrayList<>();
    private final List<String> injector = new ArrayList<>();
    private final List<String> ledger = new ArrayList<>();
    private String ledgerCheck;

    public SyntheticRun(Path dir, String kind, double injectorCores) {
        this.dir = dir;
        runJson.put("schema", RunLayout.SCHEMA)
                .put("schemaVersion", RunLayout.VERSION)
                .put("runId", dir.getFileName().toString())
                .put("kind", kind)
                .put("profile", "synthetic")
                .put("loadStartedAtMillis", START_MILLIS);
        runJson.putObject("parameters").put("injectorCores", injectorCores).put("target", "http://127.0.0.1:1");
        ObjectNode plan = runJson.putObject("plan").put("knobUnit", "submissions/s");
        steps = plan.putArray("steps");
        journeys = runJson.putArray("journeys");
        slo = runJson.putObject("slo");
    }

    public SyntheticRun journey(String id, boolean open, String primaryRequest) {
        journeys.addObject().put("id", id).put("open", open).put("primaryRequest", primaryRequest);
        return this;
    }

    public SyntheticRun slo(String request, double p95, double p99, double errors) {
        slo.putObject(request).put("p95Millis", p95).put("p99Millis", p99).put("maxErrorPercent", errors);
        return this;
    }

    /** A constant step: {@code level} and the offered rate of each journey. */
    public SyntheticRun step(double startSeconds, double endSeconds, double level, Map<String, Double> offered) {
        ObjectNode step = steps.addObject()
                .put("index", steps.size())
                .put("startSeconds", startSeconds)
                .put("endSeconds", endSeconds)
                .put("levelStart", level)
                .put("levelEnd", level);
        ObjectNode start = step.putObject("offeredStart");
        ObjectNode end = step.putObject("offeredEnd");
        offered.forEach((journey, rate) -> {
            start.put(journey, rate);
            end.put(journey, rate);
        });
        return this;
    }

    /**
     * One second of recordings ending at run second {@code second}: {@code ok} successes of {@code latencyMillis}
     * each and {@code ko} failures with {@code failStatus}, for a request that is its journey's primary request.
     */
    public SyntheticRun second(
            int second,
            String journey,
            String request,
            int ok,
            double latencyMillis,
            int ko,
            int okStatus,
            int failStatus) {
        return second(second, journey, request, ok, latencyMillis, ko, latencyMillis, okStatus, failStatus);
    }

    /** As above, the failures taking {@code failMillis} each (a fast refusal beside slower successes). */
    public SyntheticRun second(
            int second,
            String journey,
            String request,
            int ok,
            double latencyMillis,
            int ko,
            double failMillis,
            int okStatus,
            int failStatus) {
        responses(second, request, ok, latencyMillis, ko, failMillis, okStatus, failStatus);
        arrivals.add("{\"t\":" + (START_MILLIS + second * 1000L) + ",\"ms\":1000,\"arrived\":{\"" + journey + "\":"
                + (ok + ko) + "},\"skipped\":{}}");
        return this;
    }

    /**
     * As above without the journey's arrivals: responses only, e.g. retries after a refusal, which are no new
     * arrival (write the arrivals with {@link #arrivals}).
     */
    public SyntheticRun responses(
            int second,
            String request,
            int ok,
            double latencyMillis,
            int ko,
            double failMillis,
            int okStatus,
            int failStatus) {
        Histogram good = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        Histogram bad = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        good.recordValueWithCount(Math.round(latencyMillis * 1000), Math.max(ok, 0));
        bad.recordValueWithCount(Math.round(failMillis * 1000), Math.max(ko, 0));
        long startMs = START_MILLIS + (second - 1) * 1000L;
        for (Histogram h : List.of(good, bad)) {
            h.setStartTimeStamp(startMs);
            h.setEndTimeStamp(startMs + 1000);
        }
        HistogramLogWriter writer = logs.computeIfAbsent(request, this::writer);
        writer.outputIntervalHistogram(good);
        if (ko > 0) {
            bad.setTag(RunLayout.KO_TAG);
            writer.outputIntervalHistogram(bad);
        }
        long t = START_MILLIS + second * 1000L;
        responses.add("{\"t\":" + t + ",\"ms\":1000,\"status\":{\"" + request + "\":{\"" + okStatus + "\":" + ok
                + (ko > 0 ? ",\"" + failStatus + "\":" + ko : "") + "}}}");
        return this;
    }

    /**
     * One second of {@code good}'s successes (microseconds) ending at run second {@code second}, for a request that
     * is its journey's primary request.
     */
    public SyntheticRun second(int second, String journey, String request, Histogram good) {
        long startMs = START_MILLIS + (second - 1) * 1000L;
        good.setStartTimeStamp(startMs);
        good.setEndTimeStamp(startMs + 1000);
        logs.computeIfAbsent(request, this::writer).outputIntervalHistogram(good);
        long t = START_MILLIS + second * 1000L;
        arrivals.add("{\"t\":" + t + ",\"ms\":1000,\"arrived\":{\"" + journey + "\":" + good.getTotalCount()
                + "},\"skipped\":{}}");
        responses.add("{\"t\":" + t + ",\"ms\":1000,\"status\":{\"" + request + "\":{\"200\":" + good.getTotalCount()
                + "}}}");
        return this;
    }

    /** Arrivals only (no responses), e.g. skipped journeys or an injector that lags. */
    public SyntheticRun arrivals(int second, String journey, long arrived, long skipped) {
        arrivals.add("{\"t\":" + (START_MILLIS + second * 1000L) + ",\"ms\":1000,\"arrived\":{\"" + journey + "\":"
                + arrived + "},\"skipped\":{\"" + journey + "\":" + skipped + "}}");
        return this;
    }

    public SyntheticRun serverSample(int second, double processCpuUsage, int cpuCount, double heapBytes) {
        server.add("{\"t\":" + (START_MILLIS + second * 1000L - 500) + ",\"processCpuUsage\":" + processCpuUsage
                + ",\"cpuCount\":" + cpuCount + ",\"heapUsedBytes\":" + heapBytes
                + ",\"poolActive\":2,\"inFlight\":3}");
        return this;
    }

    /**
     * A server sample with the storage figures the runway reads: bytes written to the document volume and the
     * database size so far, and one watched volume's size and free bytes.
     */
    public SyntheticRun serverSample(
            int second,
            double processCpuUsage,
            int cpuCount,
            double heapBytes,
            long documentBytesWritten,
            long databaseSizeBytes,
            String volume,
            long totalBytes,
            long freeBytes) {
        server.add("{\"t\":" + (START_MILLIS + second * 1000L - 500) + ",\"processCpuUsage\":" + processCpuUsage
                + ",\"cpuCount\":" + cpuCount + ",\"heapUsedBytes\":" + heapBytes + ",\"poolActive\":2,\"inFlight\":3"
                + ",\"documentBytesWritten\":" + documentBytesWritten + ",\"databaseSizeBytes\":" + databaseSizeBytes
                + ",\"storageFreeBytes\":{\"" + volume + "\":" + freeBytes + "},\"storageTotalBytes\":{\"" + volume
                + "\":" + totalBytes + "}}");
        return this;
    }

    /** {@code count} acknowledged submissions in the ledger during run second {@code second}. */
    public SyntheticRun acknowledge(int second, int count) {
        for (int i = 0; i < count; i++) {
            ledger.add("{\"idempotencyKey\":\"k-" + second + "-" + i + "\",\"applicationNo\":\"CG-INC-2027-" + second
                    + "-" + i + "\",\"ackedAt\":\""
                    + java.time.Instant.ofEpochMilli(START_MILLIS + second * 1000L - 500)
                    + "\",\"attempt\":1}");
        }
        return this;
    }

    /** Writes {@code ledger-check.json}: {@code acknowledged} read back, {@code lost} of them missing. */
    public SyntheticRun ledgerCheck(long acknowledged, long lost) {
        ledgerCheck = "{\"intact\":" + (lost == 0) + ",\"acknowledged\":" + acknowledged + ",\"readBack\":"
                + (acknowledged - lost) + ",\"lost\":" + lost + ",\"changed\":0,\"duplicated\":0,\"unreadable\":0,"
                + "\"elapsedMillis\":120}";
        return this;
    }

    public SyntheticRun injectorSample(int second, double cpuCores) {
        injector.add("{\"t\":" + (START_MILLIS + second * 1000L - 500) + ",\"cpuCores\":" + cpuCores + "}");
        return this;
    }

    public Path write(double totalSeconds) {
        ((ObjectNode) runJson.get("plan")).put("totalSeconds", totalSeconds);
        try {
            Files.createDirectories(dir);
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(dir.resolve(RunLayout.RUN_JSON).toFile(), runJson);
            logs.values().forEach(HistogramLogWriter::close);
            Files.write(dir.resolve(RunLayout.ARRIVALS), arrivals);
            Files.write(dir.resolve(RunLayout.RESPONSES), responses);
            Files.write(dir.resolve(RunLayout.SERVER_METRICS), server);
            Files.write(dir.resolve(RunLayout.INJECTOR_METRICS), injector);
            if (!ledger.isEmpty()) {
                Files.write(dir.resolve(RunLayout.LEDGER), ledger);
            }
            if (ledgerCheck != null) {
                Files.writeString(dir.resolve(RunLayout.LEDGER_CHECK), ledgerCheck);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private HistogramLogWriter writer(String request) {
        try {
            Files.createDirectories(dir.resolve(RunLayout.LATENCY_DIR));
            HistogramLogWriter writer = new HistogramLogWriter(dir.resolve(RunLayout.LATENCY_DIR)
                    .resolve(request + RunLayout.HLOG_SUFFIX)
                    .toFile());
            writer.outputLogFormatVersion();
            writer.outputStartTime(START_MILLIS);
            writer.outputBaseTime(START_MILLIS);
            writer.setBaseTime(START_MILLIS);
            writer.outputLegend();
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
