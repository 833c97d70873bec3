/**
 * The Gatling simulations of the admission season ({@code *Simulation}, run by the gatling-maven-plugin) and
 * their small Gatling-specific helpers: the latency hook into Seva Surge's recorder, the mapping of neutral
 * injection steps onto Gatling's DSL, the multipart submission requests and the SLO assertions.
 */
@NullMarked
package org.sevasurge.simulations.season;

import org.jspecify.annotations.NullMarked;
