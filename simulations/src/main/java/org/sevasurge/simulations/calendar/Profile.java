package org.sevasurge.simulations.calendar;

import java.util.List;
import java.util.Map;

/**
 * A named load profile: calendar steps, how much faster than the calendar it plays, which season factors apply,
 * and the SLOs its run must meet (the calendar's defaults merged with the profile's overrides). Immutable.
 *
 * @param name        profile name, e.g. "season"
 * @param description one sentence for people
 * @param compression how many times faster than calendar time a step plays (rates are unchanged)
 * @param growth      whether the volume's growth factor applies (next season)
 * @param peakMonth   whether the peak-month factor applies (admission season)
 * @param readFactor  multiplier on citizen reads (refresh storms)
 * @param steps       contiguous calendar steps, in order
 * @param slo         the SLO of every request
 * @param warmUpSeconds how long the season run first plays the season's mix to the service, unjudged, so that the
 *                    profile meets a service whose JIT has compiled its paths, as a real results day meets a service
 *                    that has been up for days; 0 for a cold start
 */
public record Profile(
        String name,
        String description,
        double compression,
        boolean growth,
        boolean peakMonth,
        double readFactor,
        List<ProfileStep> steps,
        Map<RequestName, Slo> slo,
        double warmUpSeconds) {

    /** The longest warm-up a profile or the command line may ask for: ten minutes is far beyond any JIT's settling. */
    public static final double MAX_WARM_UP_SECONDS = 600;

    public Profile {
        steps = List.copyOf(steps);
        slo = Map.copyOf(slo);
    }
}
