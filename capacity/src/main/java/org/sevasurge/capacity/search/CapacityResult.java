package org.sevasurge.capacity.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.sizing.Sizing;
import org.sevasurge.capacity.usl.UslFit;

/**
 * Everything a capacity search established, as written to {@code capacity.json}. Immutable.
 *
 * @param runId       the search's run id
 * @param journey     what was searched: {@code season-mix}, a journey, or {@code request}
 * @param target      the service's base URL
 * @param parameters  the search's settings (from, step, hold, warm-up, budget, ...), for the record
 * @param finding     the capacity and its limit
 * @param steps       every measured step, in the order they ran
 * @param usl         the USL fit of the steps' (N, X) points, or null
 * @param uslProblem  why there is no fit (too few points, ...), or null
 * @param sizing      instances for the season's peaks at this capacity (empty without a capacity)
 * @param storage     bytes per acknowledged application, or null when the service does not expose them
 * @param wallSeconds the search's wall time, seconds
 */
public record CapacityResult(
        String runId,
        String journey,
        String target,
        Map<String, Object> parameters,
        CapacityFinding finding,
        List<SearchedStep> steps,
        @Nullable UslFit usl,
        @Nullable String uslProblem,
        List<Sizing> sizing,
        @Nullable StorageFootprint storage,
        double wallSeconds) {

    public CapacityResult {
        // Settings may be absent (null), which Map.copyOf refuses.
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        steps = List.copyOf(steps);
        sizing = List.copyOf(sizing);
    }
}
