/**
 * {@code sevasurge resilience}: each scenario of the scenario file a real load run at a share of the measured
 * capacity, its faults applied on schedule to the testbed or the mocks and recorded in {@code faults.jsonl}, judged
 * by fixed criteria, with a scorecard of every scenario.
 */
@NullMarked
package org.sevasurge.cli.resilience;

import org.jspecify.annotations.NullMarked;
