package org.sevasurge.service.promises;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One promise the service can be told to break, for a test that must see its check fail (a durability check, or a
 * resilience scenario's verdict). Add a constant here for
 * a new switch and consult it with {@link BrokenPromises#breaks} where the promise is kept.
 */
public enum BrokenPromise {

    /** Documents are not fsynced before the {@code 201}: a power cut leaves empty or partial files. */
    SKIP_DOCUMENT_FSYNC("skip-document-fsync", "document files are not fsynced before the 201"),
    /** The directories are not fsynced after a document gets its name: a power cut can lose the name. */
    SKIP_DIRECTORY_FSYNC("skip-directory-fsync", "document directories are not fsynced after a rename"),
    /**
     * The {@code 201} goes out before the database commit is on disk: the service's connections run with
     * PostgreSQL's {@code synchronous_commit=off}, so COMMIT returns before its WAL record is flushed.
     */
    ACK_BEFORE_COMMIT("ack-before-commit", "the 201 goes out before the database commit is on disk"),
    /** The storage guard watches the volumes but never refuses a submission: a full disk meets the writes. */
    NO_STORAGE_GUARD("no-storage-guard", "submissions are not refused at the flood watermark"),
    /**
     * Admission control waits for a permit instead of answering a fast {@code 503}: past the in-flight limit,
     * requests queue without bound (first on the permits, then in the HTTP server's job queue) and their latency
     * grows with the queue.
     */
    UNBOUNDED_REQUEST_QUEUE(
            "unbounded-request-queue", "requests past the in-flight limit wait for a permit instead of a fast 503"),
    /**
     * Every payment attempt carries a fresh random idempotency key (the retry of a lost answer and the reconciler's
     * tries included), as a service without idempotency would: a gateway that charged but lost its answer charges
     * again.
     */
    NO_PAYMENT_IDEMPOTENCY_KEY(
            "no-payment-idempotency-key",
            "every payment attempt carries a fresh idempotency key, so a retry can charge twice");

    private final String option;
    private final String effect;

    BrokenPromise(String option, String effect) {
        this.option = option;
        this.effect = effect;
    }

    /** The name on the command line, e.g. {@code skip-document-fsync}. */
    public String option() {
        return option;
    }

    /** What breaks, in one phrase for the warning. */
    public String effect() {
        return effect;
    }

    public static Optional<BrokenPromise> byOption(String option) {
        return Arrays.stream(values()).filter(p -> p.option.equals(option)).findFirst();
    }

    /** The accepted names, comma-separated, for error messages and usage. */
    public static String accepted() {
        return Arrays.stream(values()).map(BrokenPromise::option).collect(Collectors.joining(", "));
    }
}
