package org.sevasurge.service.certificates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.sevasurge.service.database.Database;

/**
 * Public verification of certificates, cached: an issued certificate never changes, so its content and the
 * check of its stored signature are kept in a bounded in-memory cache after the first look-up (results day
 * brings waves of colleges checking the same certificates). Only hits are cached, so a certificate issued a
 * moment ago is found at once. Thread-safe.
 */
public final class CertificateVerifier {

    private static final int CACHED_CERTIFICATES = 100_000;

    private final Database database;
    private final CertificateRepository repository;
    private final CertificateSigner signer;
    private final Clock clock;
    private final Cache<String, Checked> cache;

    private record Checked(StoredCertificate certificate, boolean storedSignatureValid) {}

    public CertificateVerifier(
            Database database, CertificateRepository repository, CertificateSigner signer, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.signer = signer;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(CACHED_CERTIFICATES).build();
    }

    /**
     * Caches a certificate this instance has just issued and committed, with its signature known to be valid
     * (this instance made it): the colleges' first check of a new certificate then costs neither a query nor an
     * Ed25519 verification (5 % of the service JVM's Java samples on results day). Call only after the commit, so
     * the cache never holds a certificate the database does not.
     */
    public void remember(StoredCertificate issued) {
        cache.put(issued.content().certificateNo(), new Checked(issued, true));
    }

    /**
     * Checks {@code certificateNo}; with {@code presentedSignature} (from the QR code) that signature is
     * checked instead of the stored one, or, when it is {@value VerificationAddress#TAG_BYTES} bytes long (the
     * short address's tag), compared with the stored signature's first bytes. Empty when no such certificate
     * was issued.
     */
    public Optional<VerificationResult> verify(String certificateNo, byte[] presentedSignature) throws SQLException {
        Checked checked = cache.getIfPresent(certificateNo);
        if (checked == null) {
            Optional<StoredCertificate> stored = database.read(c -> repository.find(c, certificateNo));
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            checked = new Checked(
                    stored.get(),
                    signer.verify(stored.get().content(), stored.get().signature()));
            cache.put(certificateNo, checked);
        }
        boolean signatureValid;
        byte[] stored = checked.certificate().signature();
        if (presentedSignature == null || Arrays.equals(presentedSignature, stored)) {
            signatureValid = checked.storedSignatureValid();
        } else if (presentedSignature.length == VerificationAddress.TAG_BYTES) {
            // The short address's tag: the stored signature's first bytes, from the paper's QR code.
            signatureValid = checked.storedSignatureValid() && VerificationAddress.isTagOf(presentedSignature, stored);
        } else {
            signatureValid = signer.verify(checked.certificate().content(), presentedSignature);
        }
        return Optional.of(result(checked.certificate(), signatureValid, presentedSignature != null));
    }

    private VerificationResult result(StoredCertificate certificate, boolean signatureValid, boolean presented) {
        CertificateContent c = certificate.content();
        boolean expired = c.validUntil() != null && LocalDate.now(clock).isAfter(c.validUntil());
        // The name only to whoever holds the paper: its genuine signature, presented from the QR code.
        String holder = presented && signatureValid ? c.applicantName() : null;
        return new VerificationResult(
                c.certificateNo(),
                signatureValid && !expired,
                signatureValid,
                expired,
                presented ? "presented" : "stored",
                c.serviceCode(),
                c.serviceName(),
                holder,
                c.district(),
                c.approvingOffice(),
                c.issuedOn(),
                c.validUntil(),
                certificate.keyId(),
                signer.algorithm());
    }
}
