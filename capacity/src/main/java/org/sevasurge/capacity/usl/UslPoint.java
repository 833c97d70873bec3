package org.sevasurge.capacity.usl;

/**
 * One measurement for a USL fit. Immutable.
 *
 * @param concurrency N: requests (or users) in the system, e.g. from Little's law; > 0
 * @param throughput  X: completions per unit of time at that concurrency (any unit, used consistently); > 0
 */
public record UslPoint(double concurrency, double throughput) {

    public UslPoint {
        if (!(concurrency > 0)
                || !(throughput > 0)
                || Double.isInfinite(concurrency)
                || Double.isInfinite(throughput)) {
            throw new IllegalArgumentException("a USL point needs a finite concurrency > 0 and throughput > 0, got N="
                    + concurrency + ", X=" + throughput);
        }
    }
}
