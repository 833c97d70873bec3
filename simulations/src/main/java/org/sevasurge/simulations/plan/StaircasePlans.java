package org.sevasurge.simulations.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.JourneyMix;
import org.sevasurge.simulations.calendar.Profile;
import org.sevasurge.simulations.calendar.ProfileStep;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.calendar.Slo;
import org.sevasurge.simulations.calendar.WorkloadPlan;

/**
 * Turns a {@link StaircaseSpec} into plans: for the season's journeys a {@link WorkloadPlan} of a synthetic profile
 * (one absolute step per rate, real time, the base profile's SLOs and readFactor, every journey open), for one
 * HTTP request a {@link RunPlan} of its own. Stateless.
 */
public final class StaircasePlans {
    /** The request name of a staircase of one HTTP request. */
    public static final String REQUEST = "request";

    private static final long DAY_SECONDS = 86_400;

    private StaircasePlans() {}

    /** @return the workload of a staircase of the season's journeys ({@code season-mix} or one journey) */
    public static WorkloadPlan workload(SeasonCalendar calendar, StaircaseSpec spec) {
        if ((long) spec.holdSeconds() * spec.rates().size() >= DAY_SECONDS) {
            throw new IllegalArgumentException("a staircase must end within a day; it has "
                    + spec.rates().size() + " steps of " + spec.holdSeconds() + " s");
        }
        Profile base = calendar.profile(spec.profile());
        JourneyMix probe = mix(calendar, base, spec.journey());
        List<ProfileStep> steps = new ArrayList<>();
        LocalTime from = LocalTime.MIDNIGHT;
        for (double rate : spec.rates()) {
            LocalTime to = from.plusSeconds(spec.holdSeconds());
            steps.add(new ProfileStep(
                    from, to, rate, rate, true, String.format(Locale.ROOT, "%.3f %s", rate, probe.knobUnit())));
            from = to;
        }
        Profile staircase = new Profile(
                "capacity-" + spec.journey(),
                "a capacity staircase of " + spec.journey() + " with the SLOs of profile " + base.name(),
                1,
                false,
                false,
                base.readFactor(),
                steps,
                base.slo(),
                0);
        return WorkloadPlan.of(calendar, staircase, 1, 1, mix(calendar, staircase, spec.journey()));
    }

    private static JourneyMix mix(SeasonCalendar calendar, Profile profile, String journey) {
        if (JourneyMix.SEASON_MIX.equals(journey)) {
            return JourneyMix.season(calendar, profile, false);
        }
        Journey single = Journey.byId(journey)
                .orElseThrow(() -> new IllegalArgumentException("journey '" + journey + "': accepted values: "
                        + JourneyMix.SEASON_MIX + ", " + Journey.ids() + ", " + StaircaseSpec.REQUEST));
        return JourneyMix.single(single);
    }

    /** @return the plan of a staircase of one HTTP request: knob and journey {@code request} */
    public static RunPlan request(StaircaseSpec spec) {
        StaircaseSpec.RequestSpec request = spec.request();
        List<RunPlan.Step> steps = new ArrayList<>();
        for (int i = 0; i < spec.rates().size(); i++) {
            double rate = spec.rates().get(i);
            steps.add(new RunPlan.Step(
                    i,
                    spec.stepStart(i),
                    spec.stepStart(i + 1),
                    rate,
                    rate,
                    Map.of(REQUEST, rate),
                    Map.of(REQUEST, rate),
                    String.format(Locale.ROOT, "%.3f requests/s", rate)));
        }
        return new RunPlan(
                "staircase",
                "capacity-request",
                request.method() + " " + request.path(),
                "requests/s",
                steps,
                List.of(new RunPlan.JourneyDef(REQUEST, true, REQUEST)),
                Map.of(REQUEST, new Slo(request.p95Millis(), request.p99Millis(), request.maxErrorPercent())));
    }
}
