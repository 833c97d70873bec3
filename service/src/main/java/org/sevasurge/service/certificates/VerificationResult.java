package org.sevasurge.service.certificates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The public answer to "is this certificate genuine?", as colleges and DigiLocker read it: no more personal data
 * than a college needs to match the paper in front of it. Anyone can walk certificate numbers, so the holder's
 * name is shown only to a caller that presents the certificate's own signature (from its QR code), which only
 * someone holding the paper has; the guardian's name, the application number and the centre are never shown.
 * Immutable.
 *
 * @param valid             the signature checks out and the certificate has not expired
 * @param signatureValid    the checked signature was made by the service's key over this content
 * @param checkedSignature  {@code presented} when the caller sent one (from the QR code), else {@code stored}
 * @param applicantName     the holder's name; only when a presented signature is valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(
        String certificateNo,
        boolean valid,
        boolean signatureValid,
        boolean expired,
        String checkedSignature,
        String serviceCode,
        String serviceName,
        String applicantName,
        String district,
        String approvingOffice,
        LocalDate issuedOn,
        LocalDate validUntil,
        String keyId,
        String algorithm) {}
