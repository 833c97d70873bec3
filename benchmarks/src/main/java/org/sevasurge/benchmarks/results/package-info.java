/**
 * JMH result files: reading them (NaN and infinities included), summarising them, and judging a run against a
 * baseline with the noise of the raw samples taken into account.
 */
@NullMarked
package org.sevasurge.benchmarks.results;

import org.jspecify.annotations.NullMarked;
