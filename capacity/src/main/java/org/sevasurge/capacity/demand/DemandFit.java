package org.sevasurge.capacity.demand;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The regression's result. Immutable.
 *
 * @param samples        windows used
 * @param windowSeconds  each window's length
 * @param backgroundCores U0: CPU the service uses without requests (timers, GC of idle, scrapes), cores
 * @param rSquared       share of the CPU's variance the model explains
 * @param demands        one per request class, largest estimate first
 * @param problem        why there is no fit at all (too few windows, ...), or null
 */
public record DemandFit(
        int samples,
        double windowSeconds,
        double backgroundCores,
        double rSquared,
        List<ServiceDemand> demands,
        @Nullable String problem) {

    public DemandFit {
        demands = List.copyOf(demands);
    }
}
