package org.sevasurge.capacity.compare;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

import java.util.List;
import java.util.Locale;

/**
 * The decisions of a comparison. Latency: the chunks' percentiles of the two runs compared with the Mann-Whitney
 * rank test (no assumption on their distribution) and the change measured between their medians; a regression
 * needs both p < {@value #ALPHA} and a rise above the threshold. Errors: a two-proportion z-test on the failed
 * responses, and a rise above the threshold and at least {@value #MIN_ERROR_POINTS} percentage points. Pure.
 */
public final class ChangeTests {
    /** The significance level of every test. */
    public static final double ALPHA = 0.01;
    /** Fewest chunks per run for a latency decision. */
    public static final int MIN_CHUNKS = 5;
    /** Smallest rise of an error share, in percentage points, that counts. */
    public static final double MIN_ERROR_POINTS = 0.1;

    private ChangeTests() {
    }

    /**
     * @param base          the base run's per-chunk percentiles, ms
     * @param next          the new run's
     * @param baseWhole     the base run's percentile over all its responses (for the table)
     * @param nextWhole     the new run's
     * @param thresholdPercent a change smaller than this is never a regression
     * @return the decision
     */
    public static MetricChange latency(String request, String metric, List<Double> base, List<Double> next,
                                       double baseWhole, double nextWhole, double thresholdPercent) {
        String evidence = String.format(Locale.ROOT, "%d vs %d chunks of >= %d responses", base.size(), next.size(),
                ChunkPercentiles.MIN_CHUNK_COUNT);
        if (base.size() < MIN_CHUNKS || next.size() < MIN_CHUNKS) {
            return new MetricChange(request, metric, baseWhole, nextWhole, Double.NaN, Double.NaN, Change.UNDECIDED,
                    evidence + ": fewer than " + MIN_CHUNKS);
        }
        double[] a = base.stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = next.stream().mapToDouble(Double::doubleValue).toArray();
        double p = new MannWhitneyUTest().mannWhitneyUTest(a, b);
        double medianA = new Median().evaluate(a);
        double medianB = new Median().evaluate(b);
        double change = medianA > 0 ? 100 * (medianB / medianA - 1) : 0;
        return new MetricChange(request, metric, baseWhole, nextWhole, change, p, decide(change, p, thresholdPercent),
                evidence);
    }

    /** @return the decision on the error shares: failures out of responses in each run */
    public static MetricChange errors(String request, long baseErrors, long baseCount, long nextErrors, long nextCount,
                                      double thresholdPercent) {
        double shareA = baseCount == 0 ? 0 : (double) baseErrors / baseCount;
        double shareB = nextCount == 0 ? 0 : (double) nextErrors / nextCount;
        String evidence = String.format(Locale.ROOT, "%d/%d vs %d/%d failed", baseErrors, baseCount, nextErrors,
                nextCount);
        if (baseCount == 0 || nextCount == 0) {
            return new MetricChange(request, "errors %", 100 * shareA, 100 * shareB, Double.NaN, Double.NaN,
                    Change.UNDECIDED, evidence);
        }
        double pooled = (double) (baseErrors + nextErrors) / (baseCount + nextCount);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / baseCount + 1.0 / nextCount));
        double p = se == 0 ? 1 : 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(shareB - shareA) / se));
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
    public static MetricChange capacity(String unit, Double base, Double next, double thresholdPercent,
                                        double resolutionPercent) {
        if (base == null || next == null || base <= 0) {
            return new MetricChange("capacity", unit, base == null ? Double.NaN : base, next == null ? Double.NaN : next,
                    Double.NaN, Double.NaN, base != null && next == null ? Change.REGRESSION : Change.UNDECIDED,
                    base != null && next == null ? "the new run established no capacity" : "no capacity to compare");
        }
        double change = 100 * (next / base - 1);
        double limit = Math.max(thresholdPercent, resolutionPercent);
        Change decision = change < -limit ? Change.REGRESSION : change > limit ? Change.IMPROVEMENT : Change.WITHIN_NOISE;
        return new MetricChange("capacity", unit, base, next, change, Double.NaN, decision,
                String.format(Locale.ROOT, "search resolution %.0f %%", resolutionPercent));
    }

    static Change decide(double changePercent, double p, double thresholdPercent) {
        if (p >= ALPHA || Math.abs(changePercent) <= thresholdPercent) {
            return Change.WITHIN_NOISE;
        }
        return changePercent > 0 ? Change.REGRESSION : Change.IMPROVEMENT;
    }
}
