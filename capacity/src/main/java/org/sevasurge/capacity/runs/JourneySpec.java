package org.sevasurge.capacity.runs;

/**
 * A journey as run.json declares it: how its achieved rate is counted. Immutable.
 *
 * @param id             e.g. {@code status}
 * @param open           whether arrivals are an open model (a schedule the injector must keep); a closed journey's
 *                       rate follows response times, so its shortfall is never the injector's
 * @param primaryRequest the request whose successes count as completed journeys, e.g. {@code decision} for officers
 */
public record JourneySpec(String id, boolean open, String primaryRequest) {}
