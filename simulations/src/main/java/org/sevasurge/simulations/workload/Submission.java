package org.sevasurge.simulations.workload;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One application as an operator submits it: the exact JSON part bytes, the documents in order, the
 * Idempotency-Key (reused on every retry) and the payload hash the service must acknowledge. Arrays are shared,
 * not copied: never modify them. Immutable by convention, safe to share between threads.
 *
 * @param sequence        position in the run's submissions, from 1
 * @param idempotencyKey  the Idempotency-Key header (printable ASCII, 8..200 characters)
 * @param serviceCode     one of the calendar's reference service codes (INC, RES, ... for the reference service)
 * @param centreId        one of the calendar's reference centres (LSK-0001..LSK-1475 for the reference service)
 * @param district        the centre's district code
 * @param applicationJson the JSON part, UTF-8 (ASCII) bytes exactly as sent
 * @param documents       1..6 documents in order
 * @param payloadSha256   expected payloadSha256 of the acknowledgement (null when hashing is off)
 */
public record Submission(
        long sequence,
        String idempotencyKey,
        String serviceCode,
        String centreId,
        String district,
        byte[] applicationJson,
        Document[] documents,
        @Nullable String payloadSha256) {

    /** @return the document at {@code position}, or {@code null} past the last (for fixed-size multipart builders) */
    public @Nullable Document document(int position) {
        return position < documents.length ? documents[position] : null;
    }

    /** @return the number of documents */
    public int documentCount() {
        return documents.length;
    }

    /** @return the documents' hex SHA-256 in order */
    public List<String> documentHashes() {
        return java.util.Arrays.stream(documents).map(Document::sha256Hex).toList();
    }
}
