package org.sevasurge.benchmarks.certificates;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.certificates.CertificateContent;
import org.sevasurge.service.certificates.CertificateIssuer;
import org.sevasurge.service.certificates.CertificatePdfRenderer;
import org.sevasurge.service.certificates.CertificateRepository;
import org.sevasurge.service.certificates.CertificateSigner;
import org.sevasurge.service.fixtures.SampleCertificates;

/*
 * What: the CPU work of issuing a certificate at approval, as CertificateIssuer.issue does it before its insert:
 * sign the canonical content with Ed25519, build the short verification address carrying a tag of the signature,
 * and render the one-page PDF with its vector QR code (PDFBox), which includes decoding the code back at many
 * module sizes before it is printed (and trying another mask when one does not read). Signing alone is measured
 * beside it, so the split is visible. Each call issues the next of 256 certificates, each with its own key and
 * number: the QR content changes with both, and so does the read-back's work (a code that does not read costs
 * another mask), so the cost is the average production pays, not that of one lucky code.
 *
 * Why: approvals come in bursts when officers clear their queues, and the whole issue runs inside the
 * approval's database transaction, holding a connection and a row lock for as long as it takes.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CertificateIssueBenchmark extends SingleThreadRun {

    /** Certificates issued in turn; a power of two, so the next index is a mask. */
    private static final int CERTIFICATES = 256;

    private final CertificateSigner[] signers = new CertificateSigner[CERTIFICATES];
    private final CertificateIssuer[] issuers = new CertificateIssuer[CERTIFICATES];
    private final CertificateContent[] contents = new CertificateContent[CERTIFICATES];
    private CertificatePdfRenderer renderer;
    private int next;

    @Setup
    public void setUp() {
        renderer = new CertificatePdfRenderer();
        for (int i = 0; i < CERTIFICATES; i++) {
            signers[i] = CertificateSigner.generateEphemeral();
            issuers[i] = new CertificateIssuer(
                    signers[i], renderer, new CertificateRepository(), () -> "http://127.0.0.1:8080");
            contents[i] = SampleCertificates.income(1 + i * 38_917);
        }
    }

    @Benchmark
    public byte[] sign() {
        int i = next++ & (CERTIFICATES - 1);
        return signers[i].sign(contents[i]);
    }

    @Benchmark
    public byte[] signAndRender() {
        int i = next++ & (CERTIFICATES - 1);
        CertificateContent content = contents[i];
        byte[] signature = signers[i].sign(content);
        URI verification = issuers[i].verificationUrl(content.certificateNo(), signature);
        return renderer.render(content, signature, signers[i].keyId(), verification);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include CertificateIssueBenchmark
 *   java -jar benchmarks/target/benchmarks.jar CertificateIssueBenchmark -prof gc
 */
