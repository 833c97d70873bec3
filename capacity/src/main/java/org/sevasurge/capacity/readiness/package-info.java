/**
 * The season verdict a planner acts on: READY, AT RISK or NOT READY for next season with the instances the state
 * runs, from the capacity per instance against the calendar's peaks, the storage runway against the watermarks,
 * the ack ledger and the validity of the measurements. Every reason carries its code and the numbers behind it.
 * Pure.
 */
@NullMarked
package org.sevasurge.capacity.readiness;

import org.jspecify.annotations.NullMarked;
