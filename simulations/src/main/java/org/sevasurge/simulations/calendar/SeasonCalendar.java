package org.sevasurge.simulations.calendar;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The season calendar: every figure of the workload model, as read from {@code season-calendar.yaml} by
 * {@link CalendarLoader}. Rates are per second of real time. Immutable and thread-safe.
 *
 * @param source      where the calendar was read from (for messages and run.json)
 * @param volume      volume and office hours
 * @param reference   the target's service codes, districts and centres
 * @param factors     named calendar factors (peakMonth, busyHour, resultsDayBurst, ...)
 * @param serviceMix  share of each service code among submissions, adding up to 1, in file order
 * @param reads       reads per application
 * @param documents   documents per application and their sizes
 * @param operators   the closed population of centre operators
 * @param approveShare share of verified applications an officer approves
 * @param accounts    how officers log in to the target
 * @param profiles    profiles by name, in file order
 * @param runway      next season's dates and month factors for the storage runway, or null when the calendar has
 *                    no {@code storageRunway} block
 */
public record SeasonCalendar(
        String source,
        Volume volume,
        ReferenceData reference,
        Map<String, Double> factors,
        Map<String, Double> serviceMix,
        ReadsPerApplication reads,
        DocumentModel documents,
        Operators operators,
        double approveShare,
        OfficerAccounts accounts,
        Map<String, Profile> profiles,
        @Nullable RunwaySeason runway) {

    /** The factor every season profile applies for the admission season. */
    public static final String PEAK_MONTH = "peakMonth";

    /** @return the mean submission rate over office hours, per second (0.67/s for the defaults) */
    public double meanSubmissionsPerSecond() {
        return volume.meanSubmissionsPerSecond();
    }

    /** @return the rate a factor of 1.0 means in {@code profile}: the mean, with growth and peak month if it applies them */
    public double baseSubmissionsPerSecond(Profile profile) {
        double rate = meanSubmissionsPerSecond();
        if (profile.growth()) {
            rate *= volume.growthFactor();
        }
        if (profile.peakMonth()) {
            rate *= factors.get(PEAK_MONTH);
        }
        return rate;
    }

    /** @return the named profile; a {@link CalendarException} naming the accepted profiles if there is none */
    public Profile profile(String name) {
        Profile profile = profiles.get(name);
        if (profile == null) {
            throw new CalendarException(source + ": profiles." + name + " is not defined: accepted values: "
                    + String.join(", ", profiles.keySet()));
        }
        return profile;
    }
}
