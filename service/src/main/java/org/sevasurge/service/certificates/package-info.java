/**
 * Issued certificates: their signed content ({@link org.sevasurge.service.certificates.CertificateContent}), the
 * service's Ed25519 signing key ({@link org.sevasurge.service.certificates.CertificateSigner}), the printable
 * PDF with a verification QR code ({@link org.sevasurge.service.certificates.CertificatePdfRenderer}), their
 * storage, and the public verification that colleges and DigiLocker call.
 */
@NullMarked
package org.sevasurge.service.certificates;

import org.jspecify.annotations.NullMarked;
