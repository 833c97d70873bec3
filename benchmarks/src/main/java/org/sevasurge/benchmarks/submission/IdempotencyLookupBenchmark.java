package org.sevasurge.benchmarks.submission;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sevasurge.benchmarks.fixtures.BenchDatabase;
import org.sevasurge.benchmarks.runs.FourThreadThroughputRun;
import org.sevasurge.service.applications.ApplicationRepository;
import org.sevasurge.service.applications.ApplicationRepository.KeyRecord;

/*
 * What: the idempotency look-up every submission makes (ApplicationRepository.findByIdempotencyKey on a pooled
 * connection, as SubmissionService does), from 4 threads at once against a real PostgreSQL holding 50,000
 * applications: for a key never seen (a first submission, the common case) and for a key already used (a retry).
 *
 * Why: it runs on the request path of every submission, under the concurrency of the admission-season peak, and
 * it is one of the two database round trips before the commit. Throughput over 4 threads is the figure to set
 * against the 200 submissions/s target; PostgreSQL shares the machine's cores with the benchmark, as it does
 * with the service.
 */
public class IdempotencyLookupBenchmark extends FourThreadThroughputRun {

    /** The service's default pool size. */
    private static final int POOL_SIZE = 16;

    @Param({"new", "retry"})
    public String key;

    private BenchDatabase db;
    private ApplicationRepository repository;
    private String[] seededKeys;

    /** Each thread's own keys: fresh ones for first submissions, random seeded ones for retries. */
    @State(Scope.Thread)
    public static class Keys {
        private final SplittableRandom random = new SplittableRandom();
        private final String prefix = "new-" + Long.toHexString(random.nextLong()) + "-";
        private long serial;

        String next(IdempotencyLookupBenchmark bench) {
            if (bench.key.equals("retry")) {
                return bench.seededKeys[random.nextInt(bench.seededKeys.length)];
            }
            return prefix + (++serial);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        if (!key.equals("new") && !key.equals("retry")) {
            throw new IllegalArgumentException("key is 'new' or 'retry', got " + key);
        }
        db = BenchDatabase.start(POOL_SIZE);
        repository = new ApplicationRepository();
        seededKeys = new String[BenchDatabase.SEEDED_APPLICATIONS];
        for (int n = 1; n <= seededKeys.length; n++) {
            seededKeys[n - 1] = BenchDatabase.seededKey(n);
        }
        if (lookUp(seededKeys[0]).isEmpty()) {
            throw new IllegalStateException("the seeded key " + seededKeys[0] + " is not found");
        }
    }

    @Benchmark
    public Optional<KeyRecord> findByIdempotencyKey(Keys keys) throws SQLException {
        return lookUp(keys.next(this));
    }

    private Optional<KeyRecord> lookUp(String idempotencyKey) throws SQLException {
        return db.database().read(c -> repository.findByIdempotencyKey(c, idempotencyKey));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include IdempotencyLookupBenchmark
 *   java -jar benchmarks/target/benchmarks.jar IdempotencyLookupBenchmark -t 8 -prof gc    (8 threads instead of 4)
 */
