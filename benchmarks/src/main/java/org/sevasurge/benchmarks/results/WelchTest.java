package org.sevasurge.benchmarks.results;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's unequal-variances t-test, one-sided: how likely a difference in means at least as large as the one
 * seen between two sets of samples would be if the two came from populations with the same mean. Pure function;
 * thread-safe.
 *
 * <p>Why Welch rather than JMH's confidence intervals: two 99.9 % intervals that do not overlap imply a difference
 * far beyond 99.9 % (the test is much stricter than its label), while overlapping ones can still hide a real
 * difference; and JMH's interval assumes nothing about the other run. Welch compares the two sets of raw
 * per-iteration samples directly, copes with different variances and different sample counts (a 10-sample
 * baseline against a 2-sample quick run), and gives one p-value for one question. Iterations of all forks are
 * pooled, as JMH does for its own interval; variance between forks is therefore not fully represented, one
 * reason why a regression must also exceed the relative threshold.
 */
public final class WelchTest {

    private WelchTest() {}

    /**
     * The p-value of "the mean of {@code worse} exceeds the mean of {@code better}" (a one-sided test), or NaN when
     * either side has fewer than two samples, so that no noise can be estimated.
     */
    public static double pValueGreater(double[] worse, double[] better) {
        if (worse.length < 2 || better.length < 2) {
            return Double.NaN;
        }
        double meanWorse = mean(worse);
        double meanBetter = mean(better);
        double varWorse = variance(worse, meanWorse) / worse.length;
        double varBetter = variance(better, meanBetter) / better.length;
        double standardError = Math.sqrt(varWorse + varBetter);
        double difference = meanWorse - meanBetter;
        if (standardError == 0) {
            // Identical samples on each side (e.g. allocation counts): the difference is certain, or nil.
            return difference > 0 ? 0 : 1;
        }
        double t = difference / standardError;
        double degreesOfFreedom = Math.pow(varWorse + varBetter, 2)
                / (varWorse * varWorse / (worse.length - 1) + varBetter * varBetter / (better.length - 1));
        return 1 - new TDistribution(null, degreesOfFreedom).cumulativeProbability(t);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The unbiased sample variance. */
    static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }
}
