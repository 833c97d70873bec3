package org.sevasurge.capacity.laws;

/**
 * Little's law and the utilisation law, which hold for any stable system whatever the distributions: the
 * concurrency in a step follows from its throughput and mean response time, and a resource's demand per request
 * from its utilisation and the throughput. Pure.
 */
public final class OperationalLaws {
    private OperationalLaws() {}

    /**
     * Little's law.
     *
     * @param throughputPerSecond  X, completions per second
     * @param meanResponseSeconds  R, mean time in the system, seconds
     * @return N = X·R, the mean number of requests in the system
     */
    public static double concurrency(double throughputPerSecond, double meanResponseSeconds) {
        return throughputPerSecond * meanResponseSeconds;
    }

    /**
     * The utilisation law.
     *
     * @param busyCores          U, the resource's mean busy share in core-equivalents (e.g. 0.9 of one core)
     * @param throughputPerSecond X, completions per second
     * @return D = U / X, the resource's seconds of work per completion (CPU-seconds per request); NaN without
     * completions
     */
    public static double serviceDemandSeconds(double busyCores, double throughputPerSecond) {
        return throughputPerSecond > 0 ? busyCores / throughputPerSecond : Double.NaN;
    }
}
