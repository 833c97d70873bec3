package org.sevasurge.benchmarks.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Judges a run against a baseline, benchmark by benchmark. Pure function of its inputs; thread-safe.
 *
 * <p>Time: a benchmark regresses when its score is worse (slower: a higher time, or a lower throughput) by more
 * than the threshold <em>and</em> Welch's one-sided t-test on the raw samples puts the difference beyond noise
 * ({@code p < }{@value #ALPHA}, the confidence JMH reports at). With fewer than two samples on a side the noise is
 * unknown: a slowdown past the threshold is then {@code UNSURE}, shown but not failed.
 *
 * <p>Allocation ({@code gc.alloc.rate.norm}, bytes per operation) is nearly deterministic, so it is gated on its
 * own: it regresses when it grows by more than the threshold and by more than {@value #ALLOC_SLACK_BYTES} bytes.
 *
 * <p>A NaN or infinite score on either side is {@code NO DATA}: never a pass or a fail.
 */
public final class Comparison {

    /** The significance level: a slowdown this unlikely under "no change" is believed. */
    public static final double ALPHA = 0.001;
    /** Growth in bytes per operation below which allocation never fails (TLAB and profiler jitter). */
    public static final double ALLOC_SLACK_BYTES = 64;

    /** The outcome for one benchmark; only {@link #REGRESSION} fails a comparison. */
    public enum Verdict {
        REGRESSION("REGRESSION"),
        NO_DATA("NO DATA"),
        UNSURE("UNSURE"),
        IMPROVED("IMPROVED"),
        OK("OK"),
        NEW("NEW"),
        MISSING("MISSING");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of the comparison, all text already formatted in the baseline's unit. */
    public record Row(
            String benchmark, String baseline, String now, String change, String alloc, Verdict verdict, String why) {}

    /** Every row, and whether the comparison fails. */
    public record Report(List<Row> rows, double thresholdPercent) {
        public Report {
            rows = List.copyOf(rows);
        }

        public boolean failed() {
            return rows.stream().anyMatch(r -> r.verdict() == Verdict.REGRESSION);
        }

        public long count(Verdict verdict) {
            return rows.stream().filter(r -> r.verdict() == verdict).count();
        }
    }

    private Comparison() {}

    public static Report compare(List<BenchmarkResult> baseline, List<BenchmarkResult> now, double thresholdPercent) {
        Map<String, BenchmarkResult> before = new LinkedHashMap<>();
        baseline.forEach(r -> before.put(r.key(), r));
        List<Row> rows = new ArrayList<>();
        for (BenchmarkResult current : now) {
            BenchmarkResult old = before.remove(current.key());
            rows.add(
                    old == null
                            ? new Row(
                                    current.displayName(),
                                    "-",
                                    Numbers.score(current.score(), current.scoreError(), current.unit()),
                                    "",
                                    Numbers.alloc(Double.NaN, current.allocBytesPerOp()),
                                    Verdict.NEW,
                                    "not in the baseline")
                            : judge(old, current, thresholdPercent / 100));
        }
        for (BenchmarkResult old : before.values()) {
            rows.add(new Row(
                    old.displayName(),
                    Numbers.score(old.score(), old.scoreError(), old.unit()),
                    "-",
                    "",
                    Numbers.alloc(old.allocBytesPerOp(), Double.NaN),
                    Verdict.MISSING,
                    "not in this run"));
        }
        return new Report(rows, thresholdPercent);
    }

    private static Row judge(BenchmarkResult old, BenchmarkResult current, double threshold) {
        String name = current.displayName();
        String alloc = Numbers.alloc(old.allocBytesPerOp(), current.allocBytesPerOp());
        String baseline = Numbers.score(old.score(), old.scoreError(), old.unit());
        if (!old.mode().equals(current.mode())) {
            return new Row(
                    name,
                    baseline,
                    "-",
                    "",
                    alloc,
                    Verdict.NO_DATA,
                    "modes differ (" + old.mode() + " then " + current.mode() + "): not comparable");
        }
        double factor = ScoreUnits.factor(current.unit(), old.unit());
        if (Double.isNaN(factor)) {
            return new Row(
                    name,
                    baseline,
                    Numbers.score(current.score(), current.scoreError(), current.unit()),
                    "",
                    alloc,
                    Verdict.NO_DATA,
                    "units differ (" + old.unit() + " then " + current.unit() + ")");
        }
        double score = current.score() * factor;
        String nowText = Numbers.score(score, current.scoreError() * factor, old.unit());
        Judged time = judgeTime(old, current, factor, threshold);
        String allocRegression = allocRegression(old, current, threshold);
        Verdict verdict = allocRegression != null ? Verdict.REGRESSION : time.verdict();
        String why = allocRegression == null
                ? time.why()
                : time.verdict() == Verdict.REGRESSION
                        ? time.why() + "; " + allocRegression
                        : allocRegression + "; time: " + time.why();
        String change = old.hasScore() && current.hasScore() && old.score() != 0
                ? Numbers.percent((score - old.score()) / old.score())
                : "";
        return new Row(name, baseline, nowText, change, alloc, verdict, why);
    }

    private record Judged(Verdict verdict, String why) {}

    private static Judged judgeTime(BenchmarkResult old, BenchmarkResult current, double factor, double threshold) {
        if (!old.hasScore() || !current.hasScore()) {
            String side = !old.hasScore() ? "the baseline's" : "this run's";
            double bad = !old.hasScore() ? old.score() : current.score();
            return new Judged(Verdict.NO_DATA, side + " score is " + bad);
        }
        if (old.score() == 0) {
            return new Judged(Verdict.NO_DATA, "the baseline's score is 0");
        }
        double score = current.score() * factor;
        double[] before = old.samples();
        double[] after = Arrays.stream(current.samples()).map(v -> v * factor).toArray();
        boolean higherIsBetter = old.higherIsBetter();
        double worse = (higherIsBetter ? old.score() - score : score - old.score()) / old.score();
        // A regression makes the run's times larger, or the baseline's throughput larger than the run's.
        double[] largerIfWorse = higherIsBetter ? before : after;
        double[] smallerIfWorse = higherIsBetter ? after : before;
        double pWorse = WelchTest.pValueGreater(largerIfWorse, smallerIfWorse);
        double pBetter = WelchTest.pValueGreater(smallerIfWorse, largerIfWorse);
        String limit = " (threshold " + Numbers.plain(threshold * 100) + "%)";
        if (worse > threshold) {
            String slower = Numbers.plain(worse * 100) + "% slower" + limit;
            if (Double.isNaN(pWorse)) {
                return new Judged(
                        Verdict.UNSURE,
                        slower + ", but fewer than 2 samples on a side: noise unknown,"
                                + " rerun with more iterations");
            }
            return pWorse < ALPHA
                    ? new Judged(Verdict.REGRESSION, slower + ", beyond noise (Welch p = " + Numbers.p(pWorse) + ")")
                    : new Judged(Verdict.OK, slower + ", but within noise (Welch p = " + Numbers.p(pWorse) + ")");
        }
        if (-worse > threshold && !Double.isNaN(pBetter) && pBetter < ALPHA) {
            return new Judged(
                    Verdict.IMPROVED, Numbers.plain(-worse * 100) + "% faster (Welch p = " + Numbers.p(pBetter) + ")");
        }
        return new Judged(Verdict.OK, "within " + Numbers.plain(threshold * 100) + "% or within noise");
    }

    /** A sentence when allocation per operation grew past both the threshold and the slack, else null. */
    private static @Nullable String allocRegression(BenchmarkResult old, BenchmarkResult current, double threshold) {
        if (!old.hasAlloc() || !current.hasAlloc()) {
            return null;
        }
        double growth = current.allocBytesPerOp() - old.allocBytesPerOp();
        boolean relative = old.allocBytesPerOp() <= 0 ? growth > 0 : growth / old.allocBytesPerOp() > threshold;
        if (growth > ALLOC_SLACK_BYTES && relative) {
            return "allocates " + Numbers.plain(growth) + " B/op more"
                    + (old.allocBytesPerOp() > 0 ? " (" + Numbers.percent(growth / old.allocBytesPerOp()) + ")" : "");
        }
        return null;
    }
}
