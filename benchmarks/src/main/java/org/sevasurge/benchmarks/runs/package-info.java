/**
 * The run settings every benchmark of the suite shares, written once: a benchmark class extends
 * {@link org.sevasurge.benchmarks.runs.SingleThreadRun} or {@link org.sevasurge.benchmarks.runs.FourThreadThroughputRun}
 * and JMH reads the settings from the superclass, so a change of forks, heap or iteration times reaches every
 * benchmark at once. A benchmark that needs other settings says so with its own annotation, which JMH prefers.
 */
@NullMarked
package org.sevasurge.benchmarks.runs;

import org.jspecify.annotations.NullMarked;
