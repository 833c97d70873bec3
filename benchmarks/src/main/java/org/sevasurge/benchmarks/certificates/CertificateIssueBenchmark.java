package org.sevasurge.benchmarks.certificates;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.fixtures.SampleCertificates;
import org.sevasurge.service.certificates.CertificateContent;
import org.sevasurge.service.certificates.CertificateIssuer;
import org.sevasurge.service.certificates.CertificatePdfRenderer;
import org.sevasurge.service.certificates.CertificateRepository;
import org.sevasurge.service.certificates.CertificateSigner;

/*
 * What: the CPU work of issuing a certificate at approval, as CertificateIssuer.issue does it before its insert:
 * sign the canonical content with Ed25519, build the verification address carrying the signature, and render the
 * one-page PDF with its vector QR code (PDFBox). Signing alone is measured beside it, so the split is visible.
 *
 * Why: approvals come in bursts when officers clear their queues, and the whole issue runs inside the
 * approval's database transaction, holding a connection and a row lock for as long as it takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CertificateIssueBenchmark {

    private CertificateSigner signer;
    private CertificatePdfRenderer renderer;
    private CertificateIssuer issuer;
    private CertificateContent content;

    @Setup
    public void setUp() {
        signer = CertificateSigner.generateEphemeral();
        renderer = new CertificatePdfRenderer();
        issuer = new CertificateIssuer(signer, renderer, new CertificateRepository(), () -> "http://127.0.0.1:8080");
        content = SampleCertificates.income();
    }

    @Benchmark
    public byte[] sign() {
        return signer.sign(content);
    }

    @Benchmark
    public byte[] signAndRender() {
        byte[] signature = signer.sign(content);
        URI verification = issuer.verificationUrl(content.certificateNo(), signature);
        return renderer.render(content, signature, signer.keyId(), verification);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include CertificateIssueBenchmark
 *   java -jar benchmarks/target/benchmarks.jar CertificateIssueBenchmark -prof gc
 */
