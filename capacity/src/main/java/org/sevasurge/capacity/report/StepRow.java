package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One measured step. Immutable.
 *
 * @param staircase        the staircase (a search) or the run id (a season run)
 * @param index            the plan step
 * @param offeredPerSecond the knob offered
 * @param achievedPerSecond the knob achieved
 * @param verdict          PASS, FAIL or INCONCLUSIVE
 * @param limit            its first reason, or empty
 * @param serverCpuCores   the service's CPU, or null
 * @param injectorCores    the injector's mean CPU
 * @param injectorPeakCores the injector's busiest second
 * @param injectorShare    the injector's core share
 * @param requests         per request
 */
public record StepRow(
        String staircase,
        int index,
        double offeredPerSecond,
        double achievedPerSecond,
        String verdict,
        String limit,
        @Nullable Double serverCpuCores,
        double injectorCores,
        double injectorPeakCores,
        double injectorShare,
        List<StepRequest> requests) {

    public StepRow {
        requests = List.copyOf(requests);
    }

    /**
     * One request in a step. Immutable.
     *
     * @param request      the request
     * @param count        responses
     * @param errorPercent failed share, percent
     * @param p50Millis    median
     * @param p95Millis    p95
     * @param p99Millis    p99
     */
    public record StepRequest(
            String request, long count, double errorPercent, double p50Millis, double p95Millis, double p99Millis) {}
}
