/**
 * What every Seva Surge simulation shares on the Gatling side: the latency and status hook into Seva Surge's own
 * recording, the mapping of neutral injection steps onto Gatling's DSL, the loopback HTTP protocol (no warm-up call)
 * and the control scenario that starts the plan's clock and stops the load when the orchestrator asks.
 */
@NullMarked
package org.sevasurge.simulations.gatling;

import org.jspecify.annotations.NullMarked;
