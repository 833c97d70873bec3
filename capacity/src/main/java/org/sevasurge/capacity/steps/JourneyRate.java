package org.sevasurge.capacity.steps;

/**
 * One journey's rates within a window, per second. Immutable.
 *
 * @param journey  the journey id
 * @param open     whether its arrivals follow a schedule (open model)
 * @param offered  arrivals per second the plan offers
 * @param arrived  arrivals per second the injector started
 * @param skipped  arrivals per second that found nothing to act on (no application or certificate yet)
 * @param achieved completed journeys per second: successes of its primary request
 */
public record JourneyRate(
        String journey, boolean open, double offered, double arrived, double skipped, double achieved) {

    /** @return arrived / offered (1 when nothing was offered): below 1 the injector fell behind its schedule */
    public double arrivedShare() {
        return offered <= 0 ? 1 : arrived / offered;
    }

    /** @return achieved / (arrived - skipped) (1 when nothing was to do): below 1 the service did not keep up */
    public double achievedShare() {
        double due = arrived - skipped;
        return due <= 0 ? 1 : achieved / due;
    }
}
