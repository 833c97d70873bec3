package org.sevasurge.benchmarks.runs;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The suite's default run: the average time of one call from one thread, 3 warm-up and 5 measured iterations of
 * 1 s each, in 2 forks with a fixed 512 MB heap (so the GC works the same in every fork). Subclasses state their
 * {@code @OutputTimeUnit}, the unit a reader compares them in, and longer iterations where one call takes
 * milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public abstract class SingleThreadRun {}
