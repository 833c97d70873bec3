package org.sevasurge.benchmarks.runs;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Operations per second from 4 threads sharing one state, for the paths that meet PostgreSQL or a shared cache,
 * where what matters is how the path holds up with the request threads of a busy service around it (4 threads on a
 * 2-core machine oversubscribe it on purpose). 3 warm-up and 5 measured iterations of 2 s; forks and heap as
 * {@link SingleThreadRun}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class FourThreadThroughputRun extends SingleThreadRun {}
