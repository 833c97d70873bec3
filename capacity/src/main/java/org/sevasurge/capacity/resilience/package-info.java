/**
 * Resilience scenarios judged: the faults a run caused ({@code faults.jsonl}), what the run's recordings show around
 * them (time to detect, time to recover, the error shape, goodput, lost and duplicated applications), the fixed
 * criteria of each kind of fault, and the scorecard of several scenarios ({@code resilience.json}).
 */
@NullMarked
package org.sevasurge.capacity.resilience;

import org.jspecify.annotations.NullMarked;
