package org.sevasurge.service.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.sevasurge.service.documents.ReceivedDocument;

/** An application about to be inserted, with its documents already durable on the volume. Immutable. */
record NewApplication(
        String idempotencyKey,
        String payloadSha256,
        SubmissionForm form,
        String applicantJson,
        OffsetDateTime submittedAt,
        LocalDate slaDueDate,
        List<ReceivedDocument> documents,
        String ekycReference) {}
