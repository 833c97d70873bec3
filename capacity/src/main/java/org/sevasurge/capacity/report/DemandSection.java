package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the time goes: the service's CPU per request of each kind (regression of its CPU on the request rates of
 * many windows) beside the latest JMH results of the hot paths. Immutable.
 *
 * @param windows        windows regressed
 * @param windowSeconds  their length
 * @param backgroundCores CPU that does not follow requests, cores (null without a fit)
 * @param rSquared       fit quality (null without a fit)
 * @param problem        why there is no fit, or null
 * @param sources        the run folders the windows come from
 * @param classes        one per request, identifiable ones first
 * @param benchSource    the JMH results file, or null
 * @param benchmarks     its results mapped to the requests they are part of
 */
public record DemandSection(
        int windows,
        double windowSeconds,
        Double backgroundCores,
        Double rSquared,
        @Nullable String problem,
        List<String> sources,
        List<DemandRow> classes,
        @Nullable String benchSource,
        List<BenchRow> benchmarks) {

    public DemandSection {
        sources = List.copyOf(sources);
        classes = List.copyOf(classes);
        benchmarks = List.copyOf(benchmarks);
    }

    /**
     * One request's demand. Immutable.
     *
     * @param request         the request
     * @param cpuMillis       CPU-milliseconds per response, or null
     * @param stdErrorMillis  its standard error, or null
     * @param vif             variance inflation factor, or null
     * @param meanPerSecond   its mean rate in the windows
     * @param identifiable    whether the estimate can be trusted
     * @param reason          why not, or empty
     */
    public record DemandRow(
            String request,
            @Nullable Double cpuMillis,
            @Nullable Double stdErrorMillis,
            @Nullable Double vif,
            double meanPerSecond,
            boolean identifiable,
            String reason) {}

    /**
     * One JMH result. Immutable.
     *
     * @param benchmark      e.g. {@code documents.DurableWriteBenchmark.receiveAndPublish}
     * @param params         its parameters, e.g. {@code documentSize=150KB}
     * @param millisPerOp    its average time per operation, ms (wall time: includes waiting, e.g. for fsync)
     * @param request        the request it is part of, or null
     * @param opsPerRequest  operations per request (e.g. 4 documents per submission)
     * @param shareOfDemand  millisPerOp x opsPerRequest / the request's CPU demand, or null
     */
    public record BenchRow(
            String benchmark,
            String params,
            double millisPerOp,
            @Nullable String request,
            double opsPerRequest,
            @Nullable Double shareOfDemand) {}
}
