package org.sevasurge.simulations.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

/**
 * Next season's dates and the volume of each of its months, from the calendar's optional {@code storageRunway}
 * block: what the capacity report's storage runway projects over. Immutable.
 *
 * @param seasonStart  the season's first day
 * @param seasonEnd    its last day (inclusive)
 * @param monthFactors each month's volume over a normal month ({@code volume.monthlyApplications}); a month not
 *                     listed is 1.0; next season's growth ({@code volume.growthFactor}) applies on top
 */
public record RunwaySeason(LocalDate seasonStart, LocalDate seasonEnd, Map<Month, Double> monthFactors) {

    public RunwaySeason {
        monthFactors = Map.copyOf(monthFactors);
    }
}
