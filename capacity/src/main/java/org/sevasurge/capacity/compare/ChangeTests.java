package org.sevasurge.capacity.compare;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * The decisions of a comparison. Latency: the chunks of the two runs paired by their place in the plan (the same
 * offered load at the same run second) and the log-ratios of their percentiles tested with the one-sided Wilcoxon
 * signed-rank test (no assumption on their distribution; pairing removes the load's own variation over a plan)
 * against the threshold itself: a regression is a median ratio above {@code 1 + threshold} with p < {@value #ALPHA},
 * so noise around "no change" has to beat the threshold and the test together. The change shown is the median
 * ratio. Errors: a
 * two-proportion z-test on the failed responses, and a rise above the threshold and at least
 * {@value #MIN_ERROR_POINTS} percentage points. Pure.
 */
public final class ChangeTests {
    /** The significance level of every test. */
    public static final double ALPHA = 0.01;
    /** Fewest chunk pairs for a latency decision: with 6 the exact test's smallest one-sided p is 1/64 > ALPHA. */
    public static final int MIN_PAIRS = 7;
    /** Smallest rise of an error share, in percentage points, that counts. */
    public static final double MIN_ERROR_POINTS = 0.1;

    private ChangeTests() {}

    /**
     * @param base             the base run's per-chunk percentiles, ms, by chunk key
     * @param next             the new run's
     * @param baseWhole        the base run's percentile over all its responses (for the table)
     * @param nextWhole        the new run's
     * @param thresholdPercent a change smaller than this is never a regression
     * @return the decision
     */
    public static MetricChange latency(
            String request,
            String metric,
            SortedMap<Long, Double> base,
            SortedMap<Long, Double> next,
            double baseWhole,
            double nextWhole,
            double thresholdPercent) {
        List<Long> keys = base.keySet().stream().filter(next::containsKey).toList();
        String evidence = String.format(
                Locale.ROOT, "%d chunk pairs of >= %d responses", keys.size(), ChunkPercentiles.MIN_CHUNK_COUNT);
        if (keys.size() < MIN_PAIRS) {
            return new MetricChange(
                    request,
                    metric,
                    baseWhole,
                    nextWhole,
                    Double.NaN,
                    Double.NaN,
                    Change.UNDECIDED,
                    evidence + ": fewer than " + MIN_PAIRS);
        }
        double[] logRatio = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            logRatio[i] =
                    Math.log(Math.max(1e-3, next.get(keys.get(i)))) - Math.log(Math.max(1e-3, base.get(keys.get(i))));
        }
        double change = 100 * (Math.exp(new Median().evaluate(logRatio)) - 1);
        double margin = Math.log(1 + thresholdPercent / 100);
        double rise = oneSided(logRatio, margin, 1);
        double fall = oneSided(logRatio, -margin, -1);
        Change decision = rise < ALPHA ? Change.REGRESSION : fall < ALPHA ? Change.IMPROVEMENT : Change.WITHIN_NOISE;
        return new MetricChange(
                request,
                metric,
                baseWhole,
                nextWhole,
                change,
                decision == Change.IMPROVEMENT ? fall : rise,
                decision,
                evidence);
    }

    /**
     * @return the one-sided p-value that the median of {@code values} lies beyond {@code bound} in {@code direction}
     * (+1 above, -1 below): Wilcoxon signed-rank on the differences, exact up to 30 pairs
     */
    static double oneSided(double[] values, double bound, int direction) {
        double[] differences = new double[values.length];
        double[] zeros = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            differences[i] = direction * (values[i] - bound);
        }
        if (java.util.Arrays.stream(differences).allMatch(d -> d == 0)) {
            return 1;
        }
        double twoSided = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(differences, zeros, values.length <= 30);
        return new Median().evaluate(differences) > 0 ? twoSided / 2 : 1 - twoSided / 2;
    }

    /** @return the decision on the error shares: failures out of responses in each run */
    public static MetricChange errors(
            String request, long baseErrors, long baseCount, long nextErrors, long nextCount, double thresholdPercent) {
        double shareA = baseCount == 0 ? 0 : (double) baseErrors / baseCount;
        double shareB = nextCount == 0 ? 0 : (double) nextErrors / nextCount;
        String evidence =
                String.format(Locale.ROOT, "%d/%d vs %d/%d failed", baseErrors, baseCount, nextErrors, nextCount);
        if (baseCount == 0 || nextCount == 0) {
            return new MetricChange(
                    request,
                    "errors %",
                    100 * shareA,
                    100 * shareB,
                    Double.NaN,
                    Double.NaN,
                    Change.UNDECIDED,
                    evidence);
        }
        double pooled = (double) (baseErrors + nextErrors) / (baseCount + nextCount);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / baseCount + 1.0 / nextCount));
        double p =
                se == 0 ? 1 : 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(shareB - shareA) / se));
        double points = 100 * (shareB - shareA);
        Change change = Change.WITHIN_NOISE;
        if (p < ALPHA && Math.abs(points) >= MIN_ERROR_POINTS) {
            boolean beyondThreshold = shareA == 0 || Math.abs(shareB / shareA - 1) * 100 > thresholdPercent;
            if (beyondThreshold) {
                change = points > 0 ? Change.REGRESSION : Change.IMPROVEMENT;
            }
        }
        return new MetricChange(request, "errors %", 100 * shareA, 100 * shareB, points, p, change, evidence);
    }

    /**
     * @param resolutionPercent the search's resolution (its refining step): a smaller change is noise
     * @return the decision on two capacities (null: not established)
     */
    public static MetricChange capacity(
            String unit, Double base, Double next, double thresholdPercent, double resolutionPercent) {
        if (base == null || next == null || base <= 0) {
            return new MetricChange(
                    "capacity",
                    unit,
                    base == null ? Double.NaN : base,
                    next == null ? Double.NaN : next,
                    Double.NaN,
                    Double.NaN,
                    base != null && next == null ? Change.REGRESSION : Change.UNDECIDED,
                    base != null && next == null ? "the new run established no capacity" : "no capacity to compare");
        }
        double change = 100 * (next / base - 1);
        double limit = Math.max(thresholdPercent, resolutionPercent);
        Change decision =
                change < -limit ? Change.REGRESSION : change > limit ? Change.IMPROVEMENT : Change.WITHIN_NOISE;
        return new MetricChange(
                "capacity",
                unit,
                base,
                next,
                change,
                Double.NaN,
                decision,
                String.format(Locale.ROOT, "search resolution %.0f %%", resolutionPercent));
    }
}
