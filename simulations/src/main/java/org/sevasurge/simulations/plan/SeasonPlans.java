package org.sevasurge.simulations.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.PlannedStep;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.calendar.Slo;
import org.sevasurge.simulations.calendar.WorkloadPlan;

/** Builds the {@link RunPlan} of a season workload (a profile, or a staircase of its journeys). Stateless. */
public final class SeasonPlans {
    private SeasonPlans() {}

    /**
     * @param kind {@code season} or {@code staircase}
     * @return the plan of {@code workload}: its steps, the journeys its mix runs and the profile's SLOs
     */
    public static RunPlan of(String kind, WorkloadPlan workload) {
        List<RunPlan.Step> steps = new ArrayList<>();
        for (PlannedStep step : workload.steps()) {
            Map<String, Double> start = new LinkedHashMap<>();
            Map<String, Double> end = new LinkedHashMap<>();
            for (Journey journey : journeys(workload)) {
                start.put(journey.id(), workload.rate(step, journey, false));
                end.put(journey.id(), workload.rate(step, journey, true));
            }
            steps.add(new RunPlan.Step(
                    step.index(),
                    step.startSeconds(),
                    step.endSeconds(),
                    step.submissionsStart(),
                    step.submissionsEnd(),
                    start,
                    end,
                    step.label()));
        }
        List<RunPlan.JourneyDef> journeys = new ArrayList<>();
        for (Journey journey : journeys(workload)) {
            boolean open = journey != Journey.SUBMIT || !workload.mix().closedOperators();
            journeys.add(new RunPlan.JourneyDef(
                    journey.id(), open, primaryRequest(journey).id()));
        }
        Map<String, Slo> slos = new LinkedHashMap<>();
        workload.profile().slo().forEach((name, slo) -> slos.put(name.id(), slo));
        return new RunPlan(
                kind,
                workload.profile().name(),
                workload.profile().description(),
                workload.mix().knobUnit(),
                steps,
                journeys,
                slos);
    }

    /** @return the journeys the plan's mix runs, the knob's first */
    public static List<Journey> journeys(WorkloadPlan workload) {
        List<Journey> journeys = new ArrayList<>();
        journeys.add(workload.mix().knob());
        for (Journey journey : Journey.values()) {
            if (journey != workload.mix().knob() && workload.mix().weight(journey) > 0) {
                journeys.add(journey);
            }
        }
        return journeys;
    }

    /** @return the request whose successes complete {@code journey} */
    public static RequestName primaryRequest(Journey journey) {
        return switch (journey) {
            case SUBMIT -> RequestName.SUBMIT;
            case STATUS -> RequestName.STATUS;
            case OFFICER -> RequestName.DECISION;
            case DOWNLOAD -> RequestName.CERTIFICATE_DOWNLOAD;
            case VERIFY -> RequestName.CERTIFICATE_VERIFICATION;
        };
    }
}
