package org.sevasurge.simulations.calendar;

import java.time.LocalTime;

/**
 * One step of a run: where it sits in the run (seconds from the start, after compression), which calendar
 * period it plays, and its submission rate at the start and the end (linear in between). Immutable.
 *
 * @param index            position in the plan, from 0
 * @param calendarFrom     calendar time the step plays from
 * @param calendarTo       calendar time the step plays to
 * @param startSeconds     run seconds from the start of the load to the start of this step
 * @param durationSeconds  run seconds the step lasts (calendar seconds / compression)
 * @param submissionsStart the level at the start of the step: submissions per second for the season mix, the
 *                         knob journey's arrivals per second for a single-journey plan
 * @param submissionsEnd   submissions per second at the end of the step
 * @param label            the calendar's levels, e.g. "0.5 -> busyHour"
 */
public record PlannedStep(
        int index,
        LocalTime calendarFrom,
        LocalTime calendarTo,
        double startSeconds,
        double durationSeconds,
        double submissionsStart,
        double submissionsEnd,
        String label) {

    /** @return run seconds from the start of the load to the end of this step */
    public double endSeconds() {
        return startSeconds + durationSeconds;
    }

    /** @return the mean submission rate over the step, per second */
    public double meanSubmissions() {
        return (submissionsStart + submissionsEnd) / 2;
    }
}
