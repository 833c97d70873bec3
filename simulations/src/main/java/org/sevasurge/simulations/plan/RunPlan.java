package org.sevasurge.simulations.plan;

import java.util.List;
import java.util.Map;
import org.sevasurge.simulations.calendar.Slo;

/**
 * What a run offers, independent of Gatling and of the workload's origin. Rates per second; times in run seconds
 * from the start of the load. Immutable.
 *
 * @param kind        {@code season} or {@code staircase} (run.json's kind)
 * @param name        the profile or staircase name
 * @param description one sentence for people
 * @param knobUnit    the unit of a step's level, e.g. {@code submissions/s}
 * @param steps       contiguous steps from run second 0
 * @param journeys    the journeys and how their completions are counted
 * @param slos        the SLO per request name (every request the run may send)
 */
public record RunPlan(
        String kind,
        String name,
        String description,
        String knobUnit,
        List<Step> steps,
        List<JourneyDef> journeys,
        Map<String, Slo> slos) {

    public RunPlan {
        steps = List.copyOf(steps);
        journeys = List.copyOf(journeys);
        slos = Map.copyOf(slos);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one step");
        }
    }

    /**
     * One step. Rates change linearly from start to end. Immutable.
     *
     * @param index        from 0
     * @param startSeconds run seconds
     * @param endSeconds   run seconds
     * @param levelStart   the knob at the start
     * @param levelEnd     the knob at the end
     * @param offeredStart arrivals per second per journey id at the start
     * @param offeredEnd   the same at the end
     * @param label        how the step was written (calendar levels, or the staircase rate)
     */
    public record Step(
            int index,
            double startSeconds,
            double endSeconds,
            double levelStart,
            double levelEnd,
            Map<String, Double> offeredStart,
            Map<String, Double> offeredEnd,
            String label) {
        public Step {
            offeredStart = Map.copyOf(offeredStart);
            offeredEnd = Map.copyOf(offeredEnd);
        }
    }

    /**
     * A journey of the run. Immutable.
     *
     * @param id             e.g. {@code status}
     * @param open           whether arrivals follow a schedule (open model) rather than response times (closed)
     * @param primaryRequest the request whose successes count as completed journeys
     */
    public record JourneyDef(String id, boolean open, String primaryRequest) {}

    /** @return the load's length, run seconds */
    public double totalSeconds() {
        return steps.get(steps.size() - 1).endSeconds();
    }

    /** @return the highest knob of any step */
    public double peakLevel() {
        return steps.stream()
                .mapToDouble(s -> Math.max(s.levelStart(), s.levelEnd()))
                .max()
                .orElse(0);
    }

    /** @return the arrivals of {@code journey} the whole plan offers */
    public double offeredArrivals(String journey) {
        double arrivals = 0;
        for (Step step : steps) {
            arrivals += (step.offeredStart().getOrDefault(journey, 0.0)
                            + step.offeredEnd().getOrDefault(journey, 0.0))
                    / 2
                    * (step.endSeconds() - step.startSeconds());
        }
        return arrivals;
    }
}
