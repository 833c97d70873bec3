package org.sevasurge.capacity.readiness;

/**
 * A peak next season must carry. Immutable.
 *
 * @param name      e.g. {@code season busy hour}
 * @param perSecond its rate in the capacity's unit (submissions/s)
 * @param kind      {@link #BUSY_HOUR} or {@link #RESULTS_DAY}
 */
public record Peak(String name, double perSecond, String kind) {
    /** The season's busy hour: must be carried with headroom. */
    public static final String BUSY_HOUR = "busyHour";
    /** A results-day burst: may shed load with 503 + Retry-After, but should not. */
    public static final String RESULTS_DAY = "resultsDay";
}
