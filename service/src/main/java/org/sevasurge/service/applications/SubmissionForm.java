package org.sevasurge.service.applications;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The validated JSON part of a submission. Immutable.
 *
 * @param serviceCode  a code of the catalogue ({@code INC}, {@code RES}, ...)
 * @param centreId     {@code LSK-0001} .. {@code LSK-1475}
 * @param district     district code; must be the centre's district
 * @param purpose      why the certificate is needed; optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionForm(
        String serviceCode, String centreId, String district, Applicant applicant, String purpose) {}
