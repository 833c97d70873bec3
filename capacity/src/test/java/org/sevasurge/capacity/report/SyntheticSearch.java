package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;
import org.sevasurge.capacity.search.CapacityFinding;
import org.sevasurge.capacity.search.CapacityJson;
import org.sevasurge.capacity.search.CapacityResult;
import org.sevasurge.capacity.search.SearchedStep;
import org.sevasurge.capacity.search.StorageFootprints;
import org.sevasurge.capacity.steps.StepAnalyzer;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.usl.UslFitter;
import org.sevasurge.capacity.usl.UslPoint;

/**
 * Writes a capacity search folder of known content, as {@code ./sevasurge capacity} would: one staircase of a
 * submit + status mix at 2, 4, 6 and 8 submissions/s (20 s each), whose last step breaches the status SLO; the
 * service's CPU is 0.02 cores plus {@value #SUBMIT_CPU_SECONDS} s per submission and {@value #STATUS_CPU_SECONDS}
 * s per status read; each submission writes 600,000 document bytes and 4,000 database bytes on a 1 TB volume 40 %
 * full; the ledger intact. Arrivals are Poisson (so the two classes' rates move apart within a step), which is why
 * both journeys are declared closed: an open journey's arrivals below 95 % of the plan would make the step the
 * injector's. A test fixture for the report.
 */
public final class SyntheticSearch {
    public static final double SUBMIT_CPU_SECONDS = 0.008;
    public static final double STATUS_CPU_SECONDS = 0.0005;
    public static final long VOLUME_BYTES = 1_000_000_000_000L;
    private static final int STEP_SECONDS = 20;
    private static final double[] LEVELS = {2, 4, 6, 8};

    private SyntheticSearch() {}

    /** @return the search folder {@code dir}, written */
    public static Path write(Path dir) {
        Random random = new Random(17);
        SyntheticRun staircase = new SyntheticRun(dir.resolve("staircase-1"), RunLayout.KIND_STAIRCASE, 1.0)
                .journey("submit", false, "submit")
                .journey("status", false, "status")
                .slo("submit", 300, 500, 1)
                .slo("status", 25, 50, 0.1);
        for (int i = 0; i < LEVELS.length; i++) {
            staircase.step(
                    i * STEP_SECONDS,
                    (i + 1) * STEP_SECONDS,
                    LEVELS[i],
                    Map.of("submit", LEVELS[i], "status", 5 * LEVELS[i]));
        }
        long documents = 0;
        long database = 40_000_000;
        long acknowledged = 0;
        for (int second = 1; second <= LEVELS.length * STEP_SECONDS; second++) {
            double level = LEVELS[(second - 1) / STEP_SECONDS];
            int submits = poisson(random, level);
            int statuses = poisson(random, 5 * level);
            staircase.second(second, "submit", "submit", latencies(random, submits, 80 + 10 * level));
            staircase.second(second, "status", "status", latencies(random, statuses, level >= 8 ? 30 : 4 + level));
            documents += 600_000L * submits;
            database += 4_000L * submits;
            acknowledged += submits;
            double cores = 0.02
                    + SUBMIT_CPU_SECONDS * submits
                    + STATUS_CPU_SECONDS * statuses
                    + random.nextGaussian() * 0.0005;
            staircase
                    .serverSample(
                            second,
                            cores / 2,
                            2,
                            200e6,
                            documents,
                            database,
                            "documents",
                            VOLUME_BYTES,
                            (long) (VOLUME_BYTES * 0.6) - documents)
                    .injectorSample(second, 0.2)
                    .acknowledge(second, submits);
        }
        Path staircaseDir = staircase.ledgerCheck(acknowledged, 0).write(LEVELS.length * STEP_SECONDS);
        List<StepMeasurement> steps = StepAnalyzer.measure(LoadRunFolder.open(staircaseDir), 5);
        List<SearchedStep> searched =
                steps.stream().map(s -> new SearchedStep("staircase-1", s)).toList();
        List<UslPoint> points = new ArrayList<>();
        steps.forEach(
                s -> points.add(new UslPoint(Math.max(0.01, s.concurrency()), Math.max(0.01, s.achievedLevel()))));
        CapacityResult result = new CapacityResult(
                dir.getFileName().toString(),
                "season-mix",
                "http://127.0.0.1:1",
                Map.of(
                        "targetUtilisation",
                        0.7,
                        "fromPerSecond",
                        2.0,
                        "stepPercent",
                        100.0,
                        "holdSeconds",
                        STEP_SECONDS),
                CapacityFinding.of(steps, "submissions/s", "season mix"),
                searched,
                UslFitter.fit(points),
                null,
                List.of(),
                StorageFootprints.measure(List.of(LoadRunFolder.open(staircaseDir))),
                80);
        CapacityJson.write(result, dir.resolve(CapacityJson.FILE));
        ObjectNode runJson = new ObjectMapper()
                .createObjectNode()
                .put("schema", RunLayout.SCHEMA)
                .put("schemaVersion", RunLayout.VERSION)
                .put("runId", dir.getFileName().toString())
                .put("kind", RunLayout.KIND_CAPACITY)
                .put("profile", "capacity season-mix")
                .put("startedAt", "2027-01-15T10:00:00Z");
        runJson.putArray("staircases").add("staircase-1");
        try {
            new ObjectMapper().writeValue(dir.resolve(RunLayout.RUN_JSON).toFile(), runJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static Histogram latencies(Random random, int count, double medianMillis) {
        Histogram good = new Histogram(LatencyLogs.HIGHEST_TRACKABLE_MICROS, 3);
        for (int i = 0; i < count; i++) {
            good.recordValue(Math.round(1000 * medianMillis * Math.exp(0.3 * random.nextGaussian())));
        }
        return good;
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
