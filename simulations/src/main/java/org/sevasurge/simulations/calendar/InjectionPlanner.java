package org.sevasurge.simulations.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link WorkloadPlan} into injection steps per journey: open arrivals for citizens, colleges and
 * officers, and for submissions either a closed population of operator desks (a season day: desks = rate x
 * (think + expected response)) or open arrivals (a capacity search). Pure and thread-safe.
 */
public final class InjectionPlanner {
    private InjectionPlanner() {}

    /** @return the steps that offer {@code journey}'s arrivals of {@code plan}, one per plan step */
    public static List<InjectionStep> steps(WorkloadPlan plan, Journey journey) {
        List<InjectionStep> steps = new ArrayList<>();
        Operators operators = plan.calendar().operators();
        for (PlannedStep step : plan.steps()) {
            double from = plan.rate(step, journey, false);
            double to = plan.rate(step, journey, true);
            double duration = step.durationSeconds();
            if (journey == Journey.SUBMIT && plan.mix().closedOperators()) {
                int desksFrom = operators.desksFor(from);
                int desksTo = operators.desksFor(to);
                steps.add(
                        desksFrom == desksTo
                                ? new InjectionStep(InjectionStep.Kind.CLOSED_CONSTANT, desksFrom, desksFrom, duration)
                                : new InjectionStep(InjectionStep.Kind.CLOSED_RAMP, desksFrom, desksTo, duration));
            } else if (from == 0 && to == 0) {
                steps.add(new InjectionStep(InjectionStep.Kind.NOTHING, 0, 0, duration));
            } else if (from == to) {
                steps.add(new InjectionStep(InjectionStep.Kind.OPEN_CONSTANT, from, to, duration));
            } else {
                steps.add(new InjectionStep(InjectionStep.Kind.OPEN_RAMP, from, to, duration));
            }
        }
        return steps;
    }
}
