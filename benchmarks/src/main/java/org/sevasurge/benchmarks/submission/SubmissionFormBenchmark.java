package org.sevasurge.benchmarks.submission;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.SubmissionForm;
import org.sevasurge.service.applications.SubmissionFormReader;
import org.sevasurge.service.fixtures.SampleCatalogue;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.http.ProblemException;

/*
 * What: reading and validating the JSON part of a submission (SubmissionFormReader: Jackson tree parse, field
 * rules, catalogue checks of service, centre and district), for a valid application and for one with three
 * mistakes, answered 422 naming every field.
 *
 * Why: every submission pays it before a byte is written, and a misconfigured client can send a stream of
 * invalid ones; it must stay microseconds next to the milliseconds of fsync. The catalogue is the one the
 * migrations create (1,475 centres), built in memory as the service holds it.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SubmissionFormBenchmark extends SingleThreadRun {

    private SubmissionFormReader reader;
    private byte[] valid;
    private byte[] invalid;

    @Setup
    public void setUp() {
        reader = new SubmissionFormReader(SampleCatalogue.chhattisgarh(), Clock.systemUTC());
        valid = SampleSubmissions.applicationJsonBytes();
        invalid = SampleSubmissions.INVALID_APPLICATION_JSON.getBytes(StandardCharsets.UTF_8);
        reader.read(valid);
        try {
            reader.read(invalid);
            throw new IllegalStateException("the invalid sample was accepted; the benchmark would measure nothing");
        } catch (ProblemException expected) {
            // the 422 the benchmark measures
        }
    }

    @Benchmark
    public SubmissionForm readValidApplication() {
        return reader.read(valid);
    }

    @Benchmark
    public ProblemException rejectInvalidApplication() {
        try {
            reader.read(invalid);
            throw new IllegalStateException("accepted an invalid application");
        } catch (ProblemException e) {
            return e;
        }
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include SubmissionFormBenchmark
 *   java -jar benchmarks/target/benchmarks.jar SubmissionFormBenchmark -prof gc
 */
