package org.sevasurge.simulations.report;

import org.sevasurge.simulations.calendar.Journey;

/**
 * Offered against achieved arrivals of one journey over the plan's length. Rates per second. Immutable.
 *
 * @param journey           the journey
 * @param offeredPerSecond  mean arrival rate the plan offers
 * @param achievedPerSecond mean arrival rate achieved before the plan's end
 * @param skipped           arrivals that found nothing to act on yet
 * @param late              arrivals after the plan's end (an injector falling behind, or a closed tail)
 * @param closed            whether the journey is a closed population (its rate follows the response time,
 *                          so a shortfall speaks of the service, not the injector)
 */
public record JourneyRate(Journey journey, double offeredPerSecond, double achievedPerSecond, long skipped, long late,
                          boolean closed) {

    /** @return achieved / offered (1 when nothing was offered) */
    public double achievedShare() {
        return offeredPerSecond == 0 ? 1 : achievedPerSecond / offeredPerSecond;
    }
}
