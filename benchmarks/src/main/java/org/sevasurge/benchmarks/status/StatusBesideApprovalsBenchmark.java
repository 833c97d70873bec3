package org.sevasurge.benchmarks.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.fixtures.BenchDatabase;
import org.sevasurge.benchmarks.fixtures.SeededCertificates;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.ApplicationRepository;
import org.sevasurge.service.applications.ApplicationView;
import org.sevasurge.service.certificates.CertificateContent;
import org.sevasurge.service.certificates.CertificateIssuer;
import org.sevasurge.service.certificates.CertificatePdfRenderer;
import org.sevasurge.service.certificates.CertificateRepository;
import org.sevasurge.service.certificates.CertificateSigner;
import org.sevasurge.service.database.PoolSizes;

/*
 * What: status reads (the service's primary-key read of an application, on a pooled connection) while approvals
 * issue certificates on the same machine and database, two threads each. "before": one shared pool, and each
 * approval signs and renders its certificate inside its transaction, holding a connection and the row lock
 * through it, as many at once as arrive. "after": reads on a pool of their own, and the certificate signed and
 * rendered before the transaction (CertificateIssuer.prepare, then store). Approvals roll back, so every iteration
 * sees the same 50,000 applications. Pools are scaled to the benchmark's 4 threads: 2 connections for
 * transactions (shared with reads before; reads get 1 of their own after).
 *
 * Why: under the results-day mix status reads had p95 200 ms against a 25 ms SLO while approvals rendered
 * certificates and held every pooled connection through the render. Compare status's latency (sample mode:
 * percentiles) and approve's throughput between the two modes of one run.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class StatusBesideApprovalsBenchmark extends SingleThreadRun {

    @Param({"before", "after"})
    public String mode;

    private BenchDatabase db;
    private ApplicationRepository applications;
    private CertificateIssuer issuer;
    private boolean renderInTransaction;
    private OffsetDateTime issuedAt;

    /** Each thread's own random application numbers. */
    @State(Scope.Thread)
    public static class Picks {
        private final SplittableRandom random = new SplittableRandom();

        int next() {
            return 1 + random.nextInt(BenchDatabase.SEEDED_APPLICATIONS);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        boolean before = "before".equals(mode);
        db = BenchDatabase.start(before ? new PoolSizes(2, 0) : new PoolSizes(2, 1));
        applications = new ApplicationRepository();
        renderInTransaction = before;
        issuer = new CertificateIssuer(
                CertificateSigner.generateEphemeral(),
                new CertificatePdfRenderer(),
                new CertificateRepository(),
                () -> "http://127.0.0.1:8080");
        issuedAt = OffsetDateTime.of(SeededCertificates.ISSUED_ON.atTime(11, 0), ZoneOffset.ofHoursMinutes(5, 30));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
    }

    @Benchmark
    @Group("mix")
    @GroupThreads(2)
    public Optional<ApplicationView> status(Picks picks) throws SQLException {
        String number = BenchDatabase.seededApplicationNo(picks.next());
        return db.database().read(c -> applications.find(c, number));
    }

    @Benchmark
    @Group("mix")
    @GroupThreads(2)
    public boolean approve(Picks picks) throws SQLException {
        CertificateContent content = SeededCertificates.forSeeded(picks.next());
        CertificateIssuer.Prepared prepared = renderInTransaction ? null : issuer.prepare(content);
        try (Connection c = db.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean found = applications.lock(c, content.applicationNo()).isPresent();
                if (prepared == null) {
                    issuer.issue(c, content, issuedAt);
                } else {
                    issuer.store(c, prepared, issuedAt);
                }
                return found;
            } finally {
                c.rollback();
            }
        }
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include StatusBesideApprovalsBenchmark
 *   java -jar benchmarks/target/benchmarks.jar StatusBesideApprovalsBenchmark -p mode=after
 */
