package org.sevasurge.capacity.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.search.StairPlan;

/**
 * Compares two runs of one plan: the capacity (searches), then for every request its p95 and p99 (chunks of the
 * recorded histograms paired by their place in the plan, signed-rank test) and its error share, over the windows both runs measured: a season run's whole
 * load, or the steps of two searches that offered the same rate. Immutable result.
 *
 * @param base    the base run
 * @param next    the new run
 * @param rows    every decision
 * @param thresholdPercent the threshold used
 */
public record RunComparison(ComparedRun base, ComparedRun next, List<MetricChange> rows, double thresholdPercent) {
    /** Two steps offered the same rate when they are closer than this share. */
    private static final double SAME_LEVEL = 0.005;

    public RunComparison {
        rows = List.copyOf(rows);
    }

    /**
     * @param force compare runs of different plans anyway
     * @return the comparison; a {@link BadInputException} when the plans differ and {@code force} is false
     */
    public static RunComparison of(Path baseDir, Path nextDir, double thresholdPercent, boolean force) {
        ComparedRun base = ComparedRun.open(baseDir);
        ComparedRun next = ComparedRun.open(nextDir);
        if (!base.planKey().equals(next.planKey()) && !force) {
            throw new BadInputException(nextDir.resolve(RunLayout.RUN_JSON) + ": not the plan of " + baseDir + " ("
                    + next.planKey() + " vs " + base.planKey() + "); compare runs of one plan, or add --force");
        }
        List<MetricChange> rows = new ArrayList<>();
        if (RunLayout.KIND_CAPACITY.equals(base.kind()) && RunLayout.KIND_CAPACITY.equals(next.kind())) {
            rows.add(ChangeTests.capacity(
                    base.unit(), base.capacity(), next.capacity(), thresholdPercent, StairPlan.REFINE_PERCENT));
        }
        List<ComparedRun.Step[]> pairs = pairs(base, next);
        TreeSet<String> requests = new TreeSet<>();
        for (ComparedRun.Step[] pair : pairs) {
            requests.addAll(pair[0].folder().latencyRequests());
        }
        for (String request : requests) {
            rows.addAll(request(request, pairs, thresholdPercent));
        }
        return new RunComparison(base, next, rows, thresholdPercent);
    }

    private static List<MetricChange> request(String request, List<ComparedRun.Step[]> pairs, double threshold) {
        Side a = side(request, pairs, 0, null);
        Side b = side(request, pairs, 1, a.chunkSeconds);
        List<MetricChange> rows = new ArrayList<>();
        rows.add(ChangeTests.latency(
                request, "p95 ms", a.p95, b.p95, millis(a.whole, 95), millis(b.whole, 95), threshold));
        rows.add(ChangeTests.latency(
                request, "p99 ms", a.p99, b.p99, millis(a.whole, 99), millis(b.whole, 99), threshold));
        rows.add(ChangeTests.errors(request, a.errors, a.count, b.errors, b.count, threshold));
        return rows;
    }

    /** One side's chunks of one request, keyed by step pair and chunk number. */
    private record Side(
            SortedMap<Long, Double> p95,
            SortedMap<Long, Double> p99,
            Histogram whole,
            long errors,
            long count,
            double chunkSeconds) {}

    private static Side side(String request, List<ComparedRun.Step[]> pairs, int which, Double chunkSeconds) {
        long ok = 0;
        long ko = 0;
        double seconds = 0;
        for (ComparedRun.Step[] pair : pairs) {
            LatencyLogs.OkKo sum = pair[which]
                    .folder()
                    .latency(request, List.of(pair[which].range()))
                    .get(0);
            ok += sum.ok().getTotalCount();
            ko += sum.ko().getTotalCount();
            seconds += pair[which].range().seconds();
        }
        // Chunks long enough to hold about twice the fewest responses a chunk needs, on the base's rate; the new
        // run is cut the same way, so its chunks pair with the base's.
        double chunk = chunkSeconds != null
                ? chunkSeconds
                : ok == 0 ? seconds : Math.max(1, Math.ceil(2.0 * ChunkPercentiles.MIN_CHUNK_COUNT / (ok / seconds)));
        SortedMap<Long, Double> p95 = new TreeMap<>();
        SortedMap<Long, Double> p99 = new TreeMap<>();
        Histogram whole = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        for (int i = 0; i < pairs.size(); i++) {
            ComparedRun.Step step = pairs.get(i)[which];
            ChunkPercentiles.Chunks chunks = ChunkPercentiles.of(
                    step.folder().dir().resolve(RunLayout.LATENCY_DIR).resolve(request + RunLayout.HLOG_SUFFIX),
                    List.of(step.range()),
                    chunk);
            long offset = i * 1_000_000L;
            chunks.p95().forEach((key, value) -> p95.put(offset + key, value));
            chunks.p99().forEach((key, value) -> p99.put(offset + key, value));
            whole.add(chunks.whole());
        }
        return new Side(p95, p99, whole, ko, ok + ko, chunk);
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The windows both runs measured, paired: season runs their whole load, searches their steps of one rate. */
    private static List<ComparedRun.Step[]> pairs(ComparedRun base, ComparedRun next) {
        List<ComparedRun.Step[]> pairs = new ArrayList<>();
        if (!RunLayout.KIND_CAPACITY.equals(base.kind()) || !RunLayout.KIND_CAPACITY.equals(next.kind())) {
            pairs.add(new ComparedRun.Step[] {base.steps().get(0), next.steps().get(0)});
            return pairs;
        }
        for (ComparedRun.Step a : base.steps()) {
            for (ComparedRun.Step b : next.steps()) {
                if (Math.abs(a.level() - b.level()) <= SAME_LEVEL * Math.max(a.level(), b.level())) {
                    pairs.add(new ComparedRun.Step[] {a, b});
                    break;
                }
            }
        }
        return pairs;
    }

    /** @return whether any row is a regression */
    public boolean regressed() {
        return rows.stream().anyMatch(r -> r.change() == Change.REGRESSION);
    }

    /** @return the rows that regressed */
    public List<MetricChange> regressions() {
        return rows.stream().filter(r -> r.change() == Change.REGRESSION).toList();
    }
}
