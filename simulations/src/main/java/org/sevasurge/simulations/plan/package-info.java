/**
 * A run's plan in Gatling-neutral terms, as {@code run.json} records it: steps with their knob (e.g.
 * submissions/s) and the offered rate of every journey, the journeys and how their completions are counted, the
 * requests and their SLOs. Built from a season profile, a capacity staircase of the season's journeys, or a
 * staircase of one HTTP request of any server.
 */
@NullMarked
package org.sevasurge.simulations.plan;

import org.jspecify.annotations.NullMarked;
