package org.sevasurge.service.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;

/**
 * What citizens, operators and the load generator see of one application: the answer to a submission
 * ({@code 201}) and to a status check. Immutable.
 *
 * <p>{@code documents}, {@code fieldReport} and {@code decision} hold JSON text built by PostgreSQL (or by the
 * submission itself), written out as it is: the status check is the hottest read and needs no object mapping.
 *
 * @param summary       what the queues show of it, written out inline: the status answer begins with the queue line
 * @param payloadSha256 the submission's fingerprint, see {@link PayloadHash}
 * @param feeStatus     {@code PENDING} until the payment gateway captured ({@code PAID}) or declined the fee
 * @param certificateNo set once the application is approved
 * @param accessCode    the citizen's second factor, only in the answer to a submission (see
 *                      {@link org.sevasurge.service.auth.AccessCodes}); never in a status answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        @JsonUnwrapped ApplicationSummary summary,
        OffsetDateTime updatedAt,
        String payloadSha256,
        String feeStatus,
        @JsonRawValue String documents,
        @JsonRawValue String fieldReport,
        @JsonRawValue String decision,
        String certificateNo,
        String accessCode) {

    public ApplicationView withFeeStatus(String newFeeStatus) {
        return new ApplicationView(
                summary,
                updatedAt,
                payloadSha256,
                newFeeStatus,
                documents,
                fieldReport,
                decision,
                certificateNo,
                accessCode);
    }

    public ApplicationView withAccessCode(String code) {
        return new ApplicationView(
                summary, updatedAt, payloadSha256, feeStatus, documents, fieldReport, decision, certificateNo, code);
    }
}
