package org.sevasurge.capacity.runway;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;

/**
 * Next season's dates and volume, as the storage runway needs them. A calendar day of month {@code m} in the season
 * brings {@code monthlyApplications x growthFactor x monthFactor(m) / days in m} applications: the month's volume
 * spread evenly over its days (weekends average out within the week; the runway's dates are good to a day or
 * two). Immutable.
 *
 * @param start               the season's first day
 * @param end                 the season's last day (inclusive)
 * @param monthlyApplications applications in a normal month (this year)
 * @param growthFactor        next season's volume over this year's (2.12 for 112 % growth)
 * @param monthFactors        each month's volume over a normal month; a month not listed is 1.0
 */
public record SeasonDates(
        LocalDate start,
        LocalDate end,
        long monthlyApplications,
        double growthFactor,
        Map<Month, Double> monthFactors) {

    public SeasonDates {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the season ends (" + end + ") before it starts (" + start + ")");
        }
        monthFactors = monthFactors.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(monthFactors));
    }

    /** @return applications on {@code day} (0 outside the season) */
    public double applicationsOn(LocalDate day) {
        if (day.isBefore(start) || day.isAfter(end)) {
            return 0;
        }
        return monthlyApplications
                * growthFactor
                * monthFactors.getOrDefault(day.getMonth(), 1.0)
                / day.lengthOfMonth();
    }

    /** @return days in the season, start and end included */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}
