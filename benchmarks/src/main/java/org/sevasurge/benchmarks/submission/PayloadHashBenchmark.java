package org.sevasurge.benchmarks.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.PayloadHash;
import org.sevasurge.service.fixtures.SampleSubmissions;

/*
 * What: the submission's fingerprint (PayloadHash.of): SHA-256 of the JSON part, then SHA-256 over a version line,
 * that hex digest and each document's hex SHA-256, for 2 to 6 documents whose digests are already known.
 *
 * Why: it is what idempotency compares and what the load generator's ledger recomputes, on every submission.
 * The documents' own hashing is measured by DocumentHashBenchmark; this is the part on top of it.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PayloadHashBenchmark extends SingleThreadRun {

    @Param({"2", "4", "6"})
    public int documents;

    private byte[] json;
    private List<String> documentSha256s;

    @Setup
    public void setUp() {
        json = SampleSubmissions.applicationJsonBytes();
        documentSha256s = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            documentSha256s.add(String.format("%064x", 0x5eba_5e6eL * (i + 1)));
        }
    }

    @Benchmark
    public String payloadHash() {
        return PayloadHash.of(json, documentSha256s);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include PayloadHashBenchmark
 *   java -jar benchmarks/target/benchmarks.jar PayloadHashBenchmark -p documents=4 -prof gc
 */
