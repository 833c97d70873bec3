package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The USL fit, its measured points and its curve. Immutable.
 *
 * @param sigma           contention
 * @param kappa           coherency
 * @param lambda          one unit of concurrency's throughput
 * @param peakConcurrency N*, or null when kappa is 0
 * @param peakThroughput  X(N*), or null
 * @param rSquared        fit quality
 * @param points          measured (N, X)
 * @param curve           the model at 60 concurrencies up to beyond the largest point (or N*)
 * @param problem         why there is no fit (then the coefficients are 0 and the lists empty), or null
 */
public record UslSection(
        double sigma,
        double kappa,
        double lambda,
        @Nullable Double peakConcurrency,
        @Nullable Double peakThroughput,
        double rSquared,
        List<double[]> points,
        List<double[]> curve,
        @Nullable String problem) {

    public UslSection {
        points = List.copyOf(points);
        curve = List.copyOf(curve);
    }
}
