package org.sevasurge.capacity.demand;

import java.util.Map;

/**
 * One window of a run: the service's CPU and each request's throughput in it. Immutable.
 *
 * @param source    the run the window comes from: each run has its own background CPU (a fresh service JVM
 *                  compiles, a search seeds, another machine idles differently)
 * @param cpuCores  the service's mean CPU, core-equivalents (CPU-seconds per second)
 * @param perSecond responses per second of each request
 */
public record DemandSample(String source, double cpuCores, Map<String, Double> perSecond) {

    public DemandSample {
        perSecond = Map.copyOf(perSecond);
    }

    /** A window of a single run. */
    public DemandSample(double cpuCores, Map<String, Double> perSecond) {
        this("", cpuCores, perSecond);
    }
}
