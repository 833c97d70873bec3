/**
 * Fault timelines as data: resilience scenarios (a load run of a given length and share of the measured capacity)
 * whose faults start and end at given run seconds, on a dependency through the mocks' fault profiles or on a part
 * of the testbed (the service, the database, the documents volume). Read and checked by
 * {@link org.sevasurge.simulations.calendar.ScenarioLoader} before any load starts.
 */
@NullMarked
package org.sevasurge.simulations.faults;

import org.jspecify.annotations.NullMarked;
