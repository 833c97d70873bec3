package org.sevasurge.benchmarks.submission;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.sevasurge.benchmarks.fixtures.BenchDatabase;
import org.sevasurge.benchmarks.runs.FourThreadThroughputRun;
import org.sevasurge.service.applications.ApplicationNumbers;

/*
 * What: generating an application number under contention: the statement ApplicationRepository.insert runs
 * first (SELECT nextval('application_no_seq') on a pooled connection) and ApplicationNumbers.application turning
 * the serial into CG-INC-2026-0050123, from 4 threads at once against a real PostgreSQL.
 *
 * Why: every accepted submission takes a number, and a single sequence is the one point all of them share. The
 * migration gives the sequence CACHE 20, so each connection takes 20 numbers per visit to the shared sequence;
 * this shows what is left of the contention. The service runs the statement inside the insert's transaction;
 * here it runs alone (autocommit), so the commit's fsync, measured by the insert path, is not part of it.
 * (ApplicationRepository.insert itself is package-private to the service, hence the statement is repeated here.)
 */
public class ApplicationNumberBenchmark extends FourThreadThroughputRun {

    /** The service's default pool size. */
    private static final int POOL_SIZE = 16;

    private static final String NEXTVAL = "SELECT nextval('application_no_seq')";

    private BenchDatabase db;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        db = BenchDatabase.start(POOL_SIZE);
    }

    @Benchmark
    public String nextApplicationNumber() throws SQLException {
        long serial = db.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(NEXTVAL);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return ApplicationNumbers.application("INC", 2026, serial);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include ApplicationNumberBenchmark
 *   java -jar benchmarks/target/benchmarks.jar ApplicationNumberBenchmark -t 8 -prof gc    (8 threads instead of 4)
 */
