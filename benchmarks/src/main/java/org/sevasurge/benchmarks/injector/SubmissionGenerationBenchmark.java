package org.sevasurge.benchmarks.injector;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.workload.Submission;
import org.sevasurge.simulations.workload.SubmissionFactory;

/*
 * What: the injector making one application to submit (SubmissionFactory.create): the JSON part, 2 to 6 unique
 * documents of the shipped calendar's sizes (about 0.65 MB together) and, with hashing on, every document's SHA-256
 * and the payload hash the ack ledger records. Hashing off is what the injector does with recording off.
 *
 * Why: it runs on Gatling's event loop once per submission; at 250 submissions/s its time is the injector's CPU
 * budget for documents. The documents come from a seeded template pool with a unique stamp, hashed from a kept
 * digest state, instead of fresh bytes hashed whole.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SubmissionGenerationBenchmark extends SingleThreadRun {

    @Param({"true", "false"})
    public boolean hashing;

    private SubmissionFactory factory;
    private long sequence;

    @Setup
    public void setUp() {
        factory = new SubmissionFactory(20261128L, CalendarLoader.loadDefault(), "ss-bench", hashing);
    }

    @Benchmark
    public Submission create() {
        return factory.create(++sequence);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include SubmissionGenerationBenchmark
 *   java -jar benchmarks/target/benchmarks.jar SubmissionGenerationBenchmark -prof gc
 */
