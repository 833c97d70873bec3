package org.sevasurge.capacity.report;

import java.util.List;
import java.util.Map;

/**
 * The run over time, one point per second (averaged in buckets when a run is long, at most {@value #MAX_POINTS}
 * points). Immutable.
 *
 * @param serverMillis    epoch ms of each server sample
 * @param cpuCores        the service's CPU, cores (null: no sample)
 * @param heapMegabytes   heap in use, MB
 * @param poolActive      active JDBC connections
 * @param inFlight        requests in flight
 * @param injectorMillis  epoch ms of each injector sample
 * @param injectorCores   the injector's CPU, cores
 * @param statusMillis    epoch ms of each responses line
 * @param byStatus        responses per second by HTTP status (0: no response), over every request
 * @param faults          the faults the run recorded ({@code faults.jsonl}), in the order they started, drawn on
 *                        every chart with a time axis
 */
public record Timeline(
        List<Long> serverMillis,
        List<Double> cpuCores,
        List<Double> heapMegabytes,
        List<Double> poolActive,
        List<Double> inFlight,
        List<Long> injectorMillis,
        List<Double> injectorCores,
        List<Long> statusMillis,
        Map<String, List<Double>> byStatus,
        List<FaultBand> faults) {
    /** Most points a series keeps. */
    public static final int MAX_POINTS = 900;

    public Timeline {
        faults = List.copyOf(faults);
    }

    /**
     * One fault as a shaded band. Immutable.
     *
     * @param label      its target and what was done, e.g. {@code payment slow}
     * @param fromMillis when it was in effect, epoch ms
     * @param toMillis   when it was healed, epoch ms
     */
    public record FaultBand(String label, long fromMillis, long toMillis) {}
}
