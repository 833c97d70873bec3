package org.sevasurge.service.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The person a certificate is for, as the centre operator entered it. Immutable.
 *
 * @param mobile ten digits, Indian mobile numbering (starts 6-9)
 * @param gender {@code F}, {@code M} or {@code X}; optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Applicant(
        String name, String guardianName, LocalDate dateOfBirth, String gender, String mobile, String address) {}
