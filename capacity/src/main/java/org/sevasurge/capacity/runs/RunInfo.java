package org.sevasurge.capacity.runs;

import java.util.List;
import java.util.Map;

/**
 * What {@code run.json} says about a run, as the analysis needs it. Immutable.
 *
 * @param runId               the run id (the folder name)
 * @param kind                {@link RunLayout#KIND_SEASON} or {@link RunLayout#KIND_STAIRCASE}
 * @param profile             the profile (or search) name
 * @param knobUnit            the unit of the plan's level, e.g. {@code submissions/s}
 * @param loadStartedAtMillis epoch milliseconds of run second 0
 * @param totalSeconds        the plan's length, run seconds
 * @param steps               the plan's steps
 * @param journeys            the journeys and how their achieved rate is counted
 * @param slos                the SLO per request
 * @param injectorCores       the injector's core share (for the saturation verdict)
 * @param target              the service's base URL
 */
public record RunInfo(
        String runId,
        String kind,
        String profile,
        String knobUnit,
        long loadStartedAtMillis,
        double totalSeconds,
        List<PlanStep> steps,
        List<JourneySpec> journeys,
        Map<String, Slo> slos,
        double injectorCores,
        String target) {

    public RunInfo {
        steps = List.copyOf(steps);
        journeys = List.copyOf(journeys);
        slos = Map.copyOf(slos);
    }

    /** @return the run second of an epoch-millisecond instant */
    public double runSeconds(long epochMillis) {
        return (epochMillis - loadStartedAtMillis) / 1000.0;
    }
}
