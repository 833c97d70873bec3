package org.sevasurge.simulations.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * A profile turned into numbers: its steps in run time with the level of each (submissions per second for the
 * season's mix), and every journey's arrival rate derived from it through the {@link JourneyMix} (reads per
 * application, the profile's readFactor). Rates are per second of real
 * time; compression shortens the steps, never changes the rates. Pure, immutable and thread-safe.
 */
public final class WorkloadPlan {
    private final SeasonCalendar calendar;
    private final Profile profile;
    private final double compression;
    private final double rateFactor;
    private final JourneyMix mix;
    private final List<PlannedStep> steps;

    private WorkloadPlan(
            SeasonCalendar calendar,
            Profile profile,
            double compression,
            double rateFactor,
            JourneyMix mix,
            List<PlannedStep> steps) {
        this.calendar = calendar;
        this.profile = profile;
        this.compression = compression;
        this.rateFactor = rateFactor;
        this.mix = mix;
        this.steps = List.copyOf(steps);
    }

    /** @return the plan of {@code profile} at its own compression and rate factor 1 */
    public static WorkloadPlan of(SeasonCalendar calendar, Profile profile) {
        return of(calendar, profile, profile.compression(), 1.0);
    }

    /** @return a season day of {@code profile}: the full mix, submissions from a closed population of desks */
    public static WorkloadPlan of(SeasonCalendar calendar, Profile profile, double compression, double rateFactor) {
        return of(calendar, profile, compression, rateFactor, JourneyMix.season(calendar, profile, true));
    }

    /**
     * @param compression how many times faster than the calendar the steps play (> 0)
     * @param rateFactor  multiplier on every rate (> 0), e.g. 1/N for one of N injectors or 1.5 for headroom
     * @param mix         how the steps' level turns into each journey's rate
     * @return the plan
     */
    public static WorkloadPlan of(
            SeasonCalendar calendar, Profile profile, double compression, double rateFactor, JourneyMix mix) {
        if (!(compression > 0) || !(rateFactor > 0)) {
            throw new IllegalArgumentException(
                    "compression and rateFactor must be > 0, were " + compression + " and " + rateFactor);
        }
        double base = calendar.baseSubmissionsPerSecond(profile);
        List<PlannedStep> steps = new ArrayList<>();
        double start = 0;
        for (ProfileStep step : profile.steps()) {
            double duration = step.calendarSeconds() / compression;
            double scale = (step.absolute() ? 1.0 : base) * rateFactor;
            steps.add(new PlannedStep(
                    steps.size(),
                    step.from(),
                    step.to(),
                    start,
                    duration,
                    step.startLevel() * scale,
                    step.endLevel() * scale,
                    step.label()));
            start += duration;
        }
        return new WorkloadPlan(calendar, profile, compression, rateFactor, mix, steps);
    }

    public SeasonCalendar calendar() {
        return calendar;
    }

    public Profile profile() {
        return profile;
    }

    public double compression() {
        return compression;
    }

    public double rateFactor() {
        return rateFactor;
    }

    public JourneyMix mix() {
        return mix;
    }

    public List<PlannedStep> steps() {
        return steps;
    }

    /** @return the load's length in run seconds */
    public double totalSeconds() {
        return steps.get(steps.size() - 1).endSeconds();
    }

    /** @return arrivals per second of {@code journey} at the start (or end) of {@code step} */
    public double rate(PlannedStep step, Journey journey, boolean atEnd) {
        return (atEnd ? step.submissionsEnd() : step.submissionsStart()) * mix.weight(journey);
    }

    /** @return arrivals of {@code journey} the whole plan offers */
    public double offeredArrivals(Journey journey) {
        double arrivals = 0;
        for (PlannedStep step : steps) {
            arrivals += (rate(step, journey, false) + rate(step, journey, true)) / 2 * step.durationSeconds();
        }
        return arrivals;
    }

    /** @return the highest submission rate of any step, per second */
    public double peakSubmissionsPerSecond() {
        return steps.stream()
                .mapToDouble(s -> Math.max(s.submissionsStart(), s.submissionsEnd()))
                .max()
                .orElse(0);
    }

    /** @return document bytes the offered submissions bring, before the size cap (for disk planning) */
    public double expectedDocumentBytes() {
        DocumentModel documents = calendar.documents();
        return offeredArrivals(Journey.SUBMIT) * documents.meanPerApplication() * documents.meanSizeBytes();
    }
}
