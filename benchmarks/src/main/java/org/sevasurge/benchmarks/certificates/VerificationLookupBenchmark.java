package org.sevasurge.benchmarks.certificates;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
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
import org.sevasurge.benchmarks.fixtures.SeededCertificates;
import org.sevasurge.benchmarks.runs.FourThreadThroughputRun;
import org.sevasurge.service.certificates.CertificateRepository;
import org.sevasurge.service.certificates.CertificateSigner;
import org.sevasurge.service.certificates.CertificateVerifier;
import org.sevasurge.service.certificates.VerificationResult;

/*
 * What: the public verification look-up colleges call (CertificateVerifier.verify without a presented
 * signature), from 4 threads, over 2,000 certificates issued in a real PostgreSQL:
 *   cached   - the service's verifier after every certificate has been checked once: a Caffeine hit, then the
 *              expiry check against today's date;
 *   uncached - a fresh verifier for each look-up, i.e. what a cache miss costs: the SELECT on a pooled
 *              connection and an Ed25519 verification of the stored signature (plus building the empty cache,
 *              a few microseconds, the only part that a miss in the running service does not pay).
 *
 * Why: results day brings waves of colleges checking the same certificates; the target (10,000 checks/s with
 * p99 < 50 ms) holds only if the cache answers them. The ratio of the two is what the cache buys.
 */
public class VerificationLookupBenchmark extends FourThreadThroughputRun {

    private static final int POOL_SIZE = 16;
    /** Certificates issued, at most one per seeded application (a quick run seeds fewer). */
    private static final int CERTIFICATES = Math.min(2_000, BenchDatabase.SEEDED_APPLICATIONS);

    @Param({"cached", "uncached"})
    public String cache;

    private BenchDatabase db;
    private CertificateRepository repository;
    private CertificateSigner signer;
    private CertificateVerifier sharedVerifier;
    private String[] certificateNos;

    /** Each thread's own random choice of certificate. */
    @State(Scope.Thread)
    public static class Picker {
        private final SplittableRandom random = new SplittableRandom();

        String next(String[] certificateNos) {
            return certificateNos[random.nextInt(certificateNos.length)];
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        if (!cache.equals("cached") && !cache.equals("uncached")) {
            throw new IllegalArgumentException("cache is 'cached' or 'uncached', got " + cache);
        }
        db = BenchDatabase.start(POOL_SIZE);
        signer = CertificateSigner.generateEphemeral();
        repository = new CertificateRepository();
        db.database().inTransaction(c -> {
            SeededCertificates.insert(c, CERTIFICATES, signer);
            return null;
        });
        certificateNos = new String[CERTIFICATES];
        sharedVerifier = newVerifier();
        for (int n = 1; n <= CERTIFICATES; n++) {
            certificateNos[n - 1] = SeededCertificates.forSeeded(n).certificateNo();
            VerificationResult result = sharedVerifier
                    .verify(certificateNos[n - 1], null)
                    .orElseThrow(() -> new IllegalStateException("a seeded certificate is not found"));
            if (!result.signatureValid()) {
                throw new IllegalStateException("a seeded certificate's signature does not verify");
            }
        }
    }

    @Benchmark
    public Optional<VerificationResult> verify(Picker picker) throws SQLException {
        CertificateVerifier verifier = cache.equals("cached") ? sharedVerifier : newVerifier();
        return verifier.verify(picker.next(certificateNos), null);
    }

    private CertificateVerifier newVerifier() {
        return new CertificateVerifier(db.database(), repository, signer, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include VerificationLookupBenchmark
 *   java -jar benchmarks/target/benchmarks.jar VerificationLookupBenchmark -p cache=uncached -prof gc
 */
