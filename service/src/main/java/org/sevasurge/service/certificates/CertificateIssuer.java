package org.sevasurge.service.certificates;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Issues a certificate: signs its content, renders the PDF with a QR code pointing at the public verification
 * address, and stores both in the caller's transaction (so the approval and the certificate commit together).
 * Thread-safe.
 */
public final class CertificateIssuer {

    private final CertificateSigner signer;
    private final CertificatePdfRenderer renderer;
    private final CertificateRepository repository;
    private final Supplier<String> publicBaseUrl;

    /**
     * {@code publicBaseUrl} gives what colleges reach, e.g. {@code http://127.0.0.1:8080}; a supplier because a
     * service started on a free port learns its address only once it listens.
     */
    public CertificateIssuer(CertificateSigner signer, CertificatePdfRenderer renderer,
                             CertificateRepository repository, Supplier<String> publicBaseUrl) {
        this.signer = signer;
        this.renderer = renderer;
        this.repository = repository;
        this.publicBaseUrl = publicBaseUrl;
    }

    public void issue(Connection c, CertificateContent content, OffsetDateTime issuedAt) throws SQLException {
        byte[] signature = signer.sign(content);
        URI verification = verificationUrl(content.certificateNo(), signature);
        byte[] pdf = renderer.render(content, signature, signer.keyId(), verification);
        repository.insert(c, content, signature, signer.keyId(), pdf, issuedAt);
    }

    /** The address in the QR code: the public check, carrying the signature so a forged paper fails it. */
    public URI verificationUrl(String certificateNo, byte[] signature) {
        String base = publicBaseUrl.get();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/api/v1/certificates/" + certificateNo + "/verification?signature="
                + CertificateSigner.toBase64Url(signature));
    }
}
