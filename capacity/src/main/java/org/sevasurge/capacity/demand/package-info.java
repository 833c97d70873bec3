/**
 * Where the time goes: the service's CPU-seconds per request of each kind, estimated by regressing its measured CPU
 * on the per-request throughputs of many short windows (the utilisation law per class, U = U0 + sum of D_i X_i),
 * with the checks that say when a class's demand cannot be told apart from the others'. Pure maths; the samples
 * are read from run folders by {@link org.sevasurge.capacity.demand.DemandSamples}.
 */
@NullMarked
package org.sevasurge.capacity.demand;

import org.jspecify.annotations.NullMarked;
