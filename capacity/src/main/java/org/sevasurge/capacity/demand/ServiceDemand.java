package org.sevasurge.capacity.demand;

/**
 * One request's estimated service demand. Immutable.
 *
 * @param request            the request
 * @param cpuSecondsPerRequest the estimate, CPU-seconds per response (NaN when it could not be estimated)
 * @param standardError      its standard error, CPU-seconds (NaN likewise)
 * @param varianceInflation  VIF = 1 / (1 - R²) of its throughput regressed on the others': how much collinearity
 *                           inflates the estimate's variance (1: none; above {@link DemandRegression#MAX_VIF} the
 *                           class moves with the others, and only enough windows keep its error small)
 * @param meanPerSecond      its mean throughput over the samples
 * @param identifiable       whether the estimate can be trusted (see {@link DemandRegression})
 * @param reason             why not (empty when identifiable)
 */
public record ServiceDemand(
        String request,
        double cpuSecondsPerRequest,
        double standardError,
        double varianceInflation,
        double meanPerSecond,
        boolean identifiable,
        String reason) {

    /** @return the estimate in CPU-milliseconds */
    public double cpuMillis() {
        return cpuSecondsPerRequest * 1000;
    }
}
