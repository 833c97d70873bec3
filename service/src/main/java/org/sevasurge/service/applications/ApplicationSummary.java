package org.sevasurge.service.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of an operator's or officer's queue. Immutable. */
public record ApplicationSummary(
        String applicationNo,
        String serviceCode,
        ApplicationStatus status,
        String centreId,
        String district,
        String applicantName,
        OffsetDateTime submittedAt,
        LocalDate slaDueDate) {}
