package org.sevasurge.simulations.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Statewide volume and office calendar. Immutable.
 *
 * @param monthlyApplications applications a month at the centres
 * @param growthFactor        growth over the previous year (2.12 for 112 %)
 * @param workingDaysPerMonth working days a month
 * @param officeOpens         time the centres open
 * @param officeCloses        time the centres close
 * @param centres             number of centres the run submits from (centre numbers 1 upwards; their ids and
 *                            districts are in the calendar's reference block)
 */
public record Volume(
        long monthlyApplications,
        double growthFactor,
        int workingDaysPerMonth,
        LocalTime officeOpens,
        LocalTime officeCloses,
        int centres) {

    /** @return seconds the centres are open a day (27,000 for 10:00-17:30) */
    public long officeSeconds() {
        return Duration.between(officeOpens, officeCloses).getSeconds();
    }

    /** @return the mean submission rate over office hours, per second (0.67/s for the defaults) */
    public double meanSubmissionsPerSecond() {
        return (double) monthlyApplications / workingDaysPerMonth / officeSeconds();
    }
}
