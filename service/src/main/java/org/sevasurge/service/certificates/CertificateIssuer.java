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
    public CertificateIssuer(
            CertificateSigner signer,
            CertificatePdfRenderer renderer,
            CertificateRepository repository,
            Supplier<String> publicBaseUrl) {
        this.signer = signer;
        this.renderer = renderer;
        this.repository = repository;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Signs and renders, then stores in the caller's transaction: {@link #prepare} and {@link #store} at once. */
    public void issue(Connection c, CertificateContent content, OffsetDateTime issuedAt) throws SQLException {
        store(c, prepare(content), issuedAt);
    }

    /**
     * The CPU part of an issue, done before the caller's transaction so that no connection or row lock is held
     * through it: signs {@code content} and renders its PDF.
     *
     * <p>Not bounded by permits of its own: with one render permit per core, results-day runs on a busy machine
     * queued approvals for seconds (decision p95 5.0 s; 8.2 s p50 with one permit on 2 cores) while their
     * requests, already admitted, held threads anyway. Admission control bounds the requests in flight.
     */
    public Prepared prepare(CertificateContent content) {
        byte[] signature = signer.sign(content);
        URI verification = verificationUrl(content.certificateNo(), signature);
        return new Prepared(
                content, signature, signer.keyId(), renderer.render(content, signature, signer.keyId(), verification));
    }

    /** Inserts a prepared certificate in the caller's transaction (so it commits with the approval). */
    public void store(Connection c, Prepared prepared, OffsetDateTime issuedAt) throws SQLException {
        repository.insert(c, prepared.content(), prepared.signature(), prepared.keyId(), prepared.pdf(), issuedAt);
    }

    /** A signed and rendered certificate, not yet stored. */
    public record Prepared(CertificateContent content, byte[] signature, String keyId, byte[] pdf) {

        /** What the database will hold once the transaction that {@link #store}d it commits. */
        public StoredCertificate stored() {
            return new StoredCertificate(content, signature, keyId);
        }
    }

    /**
     * The address in the QR code: the public check, carrying the first bytes of the signature so that only a
     * caller holding the paper sees the holder's name (see {@link VerificationAddress}).
     */
    public URI verificationUrl(String certificateNo, byte[] signature) {
        return VerificationAddress.of(publicBaseUrl.get(), certificateNo, signature);
    }
}
