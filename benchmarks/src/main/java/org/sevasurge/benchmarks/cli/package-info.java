/**
 * The bench command behind {@code ./sevasurge bench}: runs the benchmarks through JMH's API, writes results and
 * a summary, and compares a run with a baseline.
 */
@NullMarked
package org.sevasurge.benchmarks.cli;

import org.jspecify.annotations.NullMarked;
