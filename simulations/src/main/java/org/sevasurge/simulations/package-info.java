/**
 * Seva Surge's load side: the admission-season workload model ({@code calendar}), the generated applications
 * and shared journey state ({@code workload}), Gatling-independent result recording ({@code recording}), the
 * after-run check of every acknowledged application ({@code ledger}), the human summary ({@code report}) and
 * the run lifecycle that ties them together for a simulation or a launcher ({@code run}).
 *
 * <p>The Gatling simulations themselves live in {@code src/test/java} (the gatling-maven-plugin convention)
 * and only wire these packages into the Gatling DSL.
 */
@NullMarked
package org.sevasurge.simulations;

import org.jspecify.annotations.NullMarked;
