package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.SampleCertificates;

/**
 * A certificate the verifier was told about at issue answers a college's check without the database (the verifier
 * here has none: a look-up would fail), with the same answers as a stored one: genuine, and a forged QR signature
 * refused.
 */
class RememberedCertificatesTest {

    private final CertificateSigner signer = CertificateSigner.generateEphemeral();
    private final CertificateContent content = SampleCertificates.income();
    private final CertificateVerifier verifier = new CertificateVerifier(
            null,
            null,
            signer,
            Clock.fixed(content.issuedOn().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void aRememberedCertificateVerifiesWithoutTheDatabase() throws Exception {
        byte[] signature = signer.sign(content);
        verifier.remember(new StoredCertificate(content, signature, signer.keyId()));

        VerificationResult stored =
                verifier.verify(content.certificateNo(), null).orElseThrow();
        assertThat(stored.valid()).isTrue();
        assertThat(stored.applicantName())
                .as("no name without the QR code's signature")
                .isNull();

        VerificationResult presented =
                verifier.verify(content.certificateNo(), signature).orElseThrow();
        assertThat(presented.valid()).isTrue();
        assertThat(presented.applicantName()).isEqualTo(content.applicantName());
    }

    @Test
    void aForgedSignatureOnARememberedCertificateIsRefused() throws Exception {
        verifier.remember(new StoredCertificate(content, signer.sign(content), signer.keyId()));
        byte[] forged = CertificateSigner.generateEphemeral().sign(content);

        VerificationResult result =
                verifier.verify(content.certificateNo(), forged).orElseThrow();
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.applicantName()).isNull();
    }
}
