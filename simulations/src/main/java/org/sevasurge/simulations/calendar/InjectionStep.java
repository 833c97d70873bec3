package org.sevasurge.simulations.calendar;

/**
 * One Gatling-neutral injection step: open steps in users (arrivals) per second, closed steps in concurrent
 * users. Mapped one to one onto Gatling's {@code nothingFor}, {@code constantUsersPerSec},
 * {@code rampUsersPerSec}, {@code constantConcurrentUsers} and {@code rampConcurrentUsers}. Immutable.
 *
 * @param kind            the step's shape
 * @param from            rate or concurrency at the start
 * @param to              rate or concurrency at the end
 * @param durationSeconds run seconds
 */
public record InjectionStep(Kind kind, double from, double to, double durationSeconds) {

    /** The shape of a step. */
    public enum Kind {
        NOTHING,
        OPEN_CONSTANT,
        OPEN_RAMP,
        CLOSED_CONSTANT,
        CLOSED_RAMP
    }

    /** @return the step's length in whole milliseconds (Gatling's resolution) */
    public long durationMillis() {
        return Math.round(durationSeconds * 1000);
    }
}
