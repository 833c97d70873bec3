package org.sevasurge.capacity.demand;

import java.util.Map;

/**
 * One window of a run: the service's CPU and each request's throughput in it. Immutable.
 *
 * @param cpuCores    the service's mean CPU, core-equivalents (CPU-seconds per second)
 * @param perSecond   responses per second of each request
 */
public record DemandSample(double cpuCores, Map<String, Double> perSecond) {

    public DemandSample {
        perSecond = Map.copyOf(perSecond);
    }
}
