package org.sevasurge.benchmarks.certificates;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.certificates.CertificateContent;
import org.sevasurge.service.certificates.CertificateSigner;
import org.sevasurge.service.fixtures.SampleCertificates;

/*
 * What: checking one certificate signature (CertificateSigner.verify: canonical bytes of the content, then an
 * Ed25519 verification with the JDK's provider), for a genuine signature.
 *
 * Why: it is the CPU part of every uncached public verification and of every check of a signature presented
 * from a QR code (which the cache cannot answer). Ed25519 verification costs more than signing, so it sets the
 * ceiling on how many uncached checks a core can do.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureVerifyBenchmark extends SingleThreadRun {

    private CertificateSigner signer;
    private CertificateContent content;
    private byte[] signature;

    @Setup
    public void setUp() {
        signer = CertificateSigner.generateEphemeral();
        content = SampleCertificates.income();
        signature = signer.sign(content);
        if (!signer.verify(content, signature)) {
            throw new IllegalStateException("a genuine signature does not verify");
        }
    }

    @Benchmark
    public boolean verify() {
        return signer.verify(content, signature);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include SignatureVerifyBenchmark
 *   java -jar benchmarks/target/benchmarks.jar SignatureVerifyBenchmark -prof gc
 */
