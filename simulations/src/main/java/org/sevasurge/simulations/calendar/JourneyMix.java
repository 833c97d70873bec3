package org.sevasurge.simulations.calendar;

import java.util.EnumMap;
import java.util.Map;

/**
 * How a plan's knob turns into each journey's arrival rate: a weight per journey (arrivals per unit of the knob)
 * and whether submissions come from a closed population of operator desks or as open arrivals. Immutable.
 *
 * @param name            e.g. {@code season-mix} or a journey id
 * @param knob            the journey whose rate the knob is (submissions for a mix)
 * @param weights         arrivals of each journey per unit of the knob; journeys absent from it are not run
 * @param closedOperators whether submissions are a closed population (a season day) rather than open arrivals (a
 *                        capacity search, where the arrival rate must not depend on the response time)
 */
public record JourneyMix(String name, Journey knob, Map<Journey, Double> weights, boolean closedOperators) {

    public JourneyMix {
        weights = Map.copyOf(weights);
    }

    /** The name of the season's full mix. */
    public static final String SEASON_MIX = "season-mix";

    /**
     * @param closedOperators true for a season day (operators at desks), false for a capacity search
     * @return every journey at the calendar's reads per application, citizen reads times the profile's readFactor
     */
    public static JourneyMix season(SeasonCalendar calendar, Profile profile, boolean closedOperators) {
        Map<Journey, Double> weights = new EnumMap<>(Journey.class);
        for (Journey journey : Journey.values()) {
            weights.put(
                    journey,
                    journey.perApplication(calendar.reads()) * (journey.citizenRead() ? profile.readFactor() : 1.0));
        }
        return new JourneyMix(SEASON_MIX, Journey.SUBMIT, weights, closedOperators);
    }

    /** @return one journey alone, as open arrivals at the knob's rate */
    public static JourneyMix single(Journey journey) {
        return new JourneyMix(journey.id(), journey, Map.of(journey, 1.0), false);
    }

    /** @return arrivals of {@code journey} per unit of the knob (0 when it is not run) */
    public double weight(Journey journey) {
        return weights.getOrDefault(journey, 0.0);
    }

    /** @return the knob's unit, e.g. {@code submissions/s} or {@code status/s} */
    public String knobUnit() {
        return knob == Journey.SUBMIT ? "submissions/s" : knob.id() + "/s";
    }
}
