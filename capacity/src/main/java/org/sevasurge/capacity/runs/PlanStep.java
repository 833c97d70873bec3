package org.sevasurge.capacity.runs;

import java.util.Map;

/**
 * One step of a run's plan. Rates are per second and vary linearly from start to end within the step. Immutable.
 *
 * @param index        from 0
 * @param startSeconds run seconds at its start
 * @param endSeconds   run seconds at its end
 * @param levelStart   the plan's knob (e.g. submissions/s) at the start
 * @param levelEnd     the knob at the end
 * @param offeredStart arrivals per second per journey at the start
 * @param offeredEnd   arrivals per second per journey at the end
 */
public record PlanStep(
        int index,
        double startSeconds,
        double endSeconds,
        double levelStart,
        double levelEnd,
        Map<String, Double> offeredStart,
        Map<String, Double> offeredEnd) {

    public PlanStep {
        offeredStart = Map.copyOf(offeredStart);
        offeredEnd = Map.copyOf(offeredEnd);
    }

    /** @return the mean knob over the step */
    public double meanLevel() {
        return (levelStart + levelEnd) / 2;
    }

    /**
     * @return the mean offered rate of {@code journey} between run seconds {@code from} and {@code to} (clipped to
     * the step), from the linear ramp
     */
    public double offered(String journey, double from, double to) {
        double a = offeredStart.getOrDefault(journey, 0.0);
        double b = offeredEnd.getOrDefault(journey, 0.0);
        double length = endSeconds - startSeconds;
        if (length <= 0) {
            return a;
        }
        double lo = (Math.max(from, startSeconds) - startSeconds) / length;
        double hi = (Math.min(to, endSeconds) - startSeconds) / length;
        double mid = (lo + hi) / 2;
        return a + (b - a) * mid;
    }
}
