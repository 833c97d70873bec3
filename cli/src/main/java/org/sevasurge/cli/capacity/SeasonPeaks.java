package org.sevasurge.cli.capacity;

import java.util.ArrayList;
import java.util.List;
import org.sevasurge.simulations.calendar.SeasonCalendar;

/**
 * The peaks next season must carry, from the calendar: the season's busy hour and a results-day burst, each at
 * next season's volume (growth x peak month) times its factor. Stateless.
 */
public final class SeasonPeaks {
    public static final String BUSY_HOUR = "busyHour";
    public static final String RESULTS_DAY = "resultsDayBurst";

    private SeasonPeaks() {}

    /**
     * A named peak. Immutable.
     *
     * @param name                 for people
     * @param submissionsPerSecond its submission rate
     * @param factor               the calendar factor it comes from: {@link #BUSY_HOUR} or {@link #RESULTS_DAY}
     */
    public record Peak(String name, double submissionsPerSecond, String factor) {}

    /** @return the calendar's peaks (those whose factor the calendar defines) */
    public static List<Peak> of(SeasonCalendar calendar) {
        double season = calendar.meanSubmissionsPerSecond()
                * calendar.volume().growthFactor()
                * calendar.factors().getOrDefault(SeasonCalendar.PEAK_MONTH, 1.0);
        List<Peak> peaks = new ArrayList<>();
        if (calendar.factors().containsKey(BUSY_HOUR)) {
            peaks.add(new Peak("season busy hour", season * calendar.factors().get(BUSY_HOUR), BUSY_HOUR));
        }
        if (calendar.factors().containsKey(RESULTS_DAY)) {
            peaks.add(new Peak("results-day burst", season * calendar.factors().get(RESULTS_DAY), RESULTS_DAY));
        }
        return peaks;
    }
}
