package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One acknowledged submission (a 201): one line of {@code ledger.jsonl}. Immutable.
 *
 * @param idempotencyKey      the Idempotency-Key sent
 * @param applicationNo       the application number the service acknowledged
 * @param payloadSha256       the payload hash computed by the injector from what it sent
 * @param serverPayloadSha256 the payloadSha256 of the 201 (should be equal; the ledger check reads it back again)
 * @param ackedAt             when the 201 arrived
 * @param attempt             which attempt (1 = first) got the 201
 * @param accessCode          the citizen's second factor the 201 returned (null if the service gives none): the
 *                            read-back presents it, as the citizen would
 * @param sentAt              when the acknowledged attempt was sent (null in ledgers written before it was kept):
 *                            what a storage guard or a restarted service saw arrive, not when its answer came back
 */
public record LedgerEntry(
        String idempotencyKey,
        String applicationNo,
        String payloadSha256,
        String serverPayloadSha256,
        Instant ackedAt,
        int attempt,
        @Nullable String accessCode,
        @Nullable Instant sentAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the entry as one JSON line, without the line break */
    public String toJsonLine() {
        try {
            return JSON.writeValueAsString(new Line(
                    idempotencyKey,
                    applicationNo,
                    payloadSha256,
                    serverPayloadSha256,
                    ackedAt.toString(),
                    attempt,
                    accessCode,
                    sentAt == null ? null : sentAt.toString()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the entry written by {@link #toJsonLine()} */
    public static LedgerEntry fromJsonLine(String line) {
        try {
            Line l = JSON.readValue(line, Line.class);
            return new LedgerEntry(
                    l.idempotencyKey,
                    l.applicationNo,
                    l.payloadSha256,
                    l.serverPayloadSha256,
                    Instant.parse(l.ackedAt),
                    l.attempt,
                    l.accessCode,
                    l.sentAt == null ? null : Instant.parse(l.sentAt));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a ledger line: " + line, e);
        }
    }

    /** The wire shape: the instant as ISO-8601 text, independent of Jackson's time modules. */
    private record Line(
            String idempotencyKey,
            String applicationNo,
            String payloadSha256,
            String serverPayloadSha256,
            String ackedAt,
            int attempt,
            @Nullable String accessCode,
            @Nullable String sentAt) {}
}
