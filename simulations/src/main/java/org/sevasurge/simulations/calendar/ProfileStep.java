package org.sevasurge.simulations.calendar;

import java.time.LocalTime;

/**
 * One step of a profile in calendar time: a constant level or a linear ramp from {@code startLevel} to
 * {@code endLevel} between two times of day. A level is a factor on the profile's base rate, or an absolute
 * number of submissions per second when {@code absolute}. Immutable.
 *
 * @param from       calendar time the step starts
 * @param to         calendar time the step ends (after {@code from})
 * @param startLevel level at {@code from}
 * @param endLevel   level at {@code to} (equal to {@code startLevel} for a constant step)
 * @param absolute   whether the levels are submissions per second rather than factors
 * @param label      how the calendar wrote the levels, e.g. "0.5 -> busyHour", for run.json
 */
public record ProfileStep(
        LocalTime from, LocalTime to, double startLevel, double endLevel, boolean absolute, String label) {

    /** @return the step's length in calendar seconds */
    public long calendarSeconds() {
        return java.time.Duration.between(from, to).getSeconds();
    }
}
