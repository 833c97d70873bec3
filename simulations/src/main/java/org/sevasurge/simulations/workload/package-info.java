/**
 * What the virtual users send and share: deterministic applications and documents generated from a seed, the
 * payload hash the service must acknowledge, the centre-to-district mapping, and the thread-safe registry of
 * acknowledged applications and issued certificates that lets reads act only on things that exist.
 */
@NullMarked
package org.sevasurge.simulations.workload;

import org.jspecify.annotations.NullMarked;
