package org.sevasurge.service.certificates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The public answer to "is this certificate genuine?", as colleges and DigiLocker read it. Immutable.
 *
 * @param valid             the signature checks out and the certificate has not expired
 * @param signatureValid    the checked signature was made by the service's key over this content
 * @param checkedSignature  {@code presented} when the caller sent one (from the QR code), else {@code stored}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(String certificateNo, boolean valid, boolean signatureValid, boolean expired,
                                 String checkedSignature, String applicationNo, String serviceCode,
                                 String serviceName, String applicantName, String guardianName, String district,
                                 String approvingOffice, LocalDate issuedOn, LocalDate validUntil, String keyId,
                                 String algorithm) {
}
