package org.sevasurge.service.applications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sevasurge.service.auth.AccessCodes;
import org.sevasurge.service.catalogue.Catalogue;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.documents.DocumentRejected;
import org.sevasurge.service.documents.DocumentStore;
import org.sevasurge.service.documents.ReceivedDocument;
import org.sevasurge.service.external.FeeCollector;
import org.sevasurge.service.external.IdentityCheck;
import org.sevasurge.service.http.Json;
import org.sevasurge.service.http.Problem;
import org.sevasurge.service.http.ProblemException;
import org.sevasurge.service.outbox.Outbox;
import org.sevasurge.service.storage.StorageGuard;

/**
 * Accepts a submission durably: an answer of {@code 201} means the application row is committed and every
 * document and its directory entry are fsynced. Validation and the eKYC identity check come first and write
 * nothing; an idempotent retry returns the application it created the first time. The acknowledgement SMS goes
 * into the outbox in the same transaction; the fee is charged after the commit (a failure leaves it
 * {@code PENDING} for reconciliation, never a refused application). The answer, a replay's too, carries the
 * citizen's access code, which the acknowledgement SMS also sends. Thread-safe.
 */
public final class SubmissionService {

    /** Idempotency keys are opaque to the service but must be printable and bounded. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{8,200}");

    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final DocumentStore documents;
    private final StorageGuard storageGuard;
    private final SubmissionFormReader formReader;
    private final ApplicationRepository repository;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Counter replays;
    private final IdentityCheck identity;
    private final FeeCollector fees;
    private final Outbox outbox;
    private final AccessCodes accessCodes;

    /** The answer to a submission; {@code replayed} when it repeats an earlier one with the same key. */
    public record Submitted(ApplicationView view, boolean replayed) {}

    public SubmissionService(
            Database database,
            DocumentStore documents,
            StorageGuard storageGuard,
            Catalogue catalogue,
            ApplicationRepository repository,
            IdentityCheck identity,
            FeeCollector fees,
            Outbox outbox,
            AccessCodes accessCodes,
            Clock clock,
            MeterRegistry registry) {
        this.accessCodes = accessCodes;
        this.identity = identity;
        this.fees = fees;
        this.outbox = outbox;
        this.database = database;
        this.documents = documents;
        this.storageGuard = storageGuard;
        this.formReader = new SubmissionFormReader(catalogue, clock);
        this.repository = repository;
        this.catalogue = catalogue;
        this.clock = clock;
        this.replays = Counter.builder("sevasurge.submissions.replayed")
                .description("submissions answered from an earlier request with the same Idempotency-Key")
                .register(registry);
    }

    public Submitted submit(String idempotencyKey, MultipartSubmission multipart) throws IOException, SQLException {
        storageGuard.requireWritable();
        checkKey(idempotencyKey);
        SubmissionForm form = formReader.read(multipart.json());
        List<ReceivedDocument> received = receive(multipart.documents());
        boolean published = false;
        try {
            String payloadSha256 = PayloadHash.of(
                    multipart.json(),
                    received.stream().map(ReceivedDocument::sha256).toList());
            Optional<Submitted> earlier = earlierAnswer(idempotencyKey, payloadSha256);
            if (earlier.isPresent()) {
                return withAccessCode(earlier.get());
            }
            Applicant applicant = form.applicant();
            String ekycReference = identity.verify(
                            applicant.name(), applicant.dateOfBirth().toString(), applicant.mobile())
                    .orElse(null);
            List<String> created = documents.publish(received);
            published = true;
            Submitted submitted = insert(idempotencyKey, payloadSha256, form, received, created, ekycReference);
            return withAccessCode(chargeFee(submitted));
        } finally {
            if (!published) {
                documents.discard(received);
            }
        }
    }

    private Submitted insert(
            String key,
            String payloadSha256,
            SubmissionForm form,
            List<ReceivedDocument> received,
            List<String> created,
            String ekycReference)
            throws SQLException, IOException {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        int timeLimit = catalogue.service(form.serviceCode()).orElseThrow().timeLimitDays();
        NewApplication app = new NewApplication(
                key,
                payloadSha256,
                form,
                new String(Json.bytes(form.applicant()), java.nio.charset.StandardCharsets.UTF_8),
                now,
                now.atZoneSameInstant(ApplicationRepository.INDIA).toLocalDate().plusDays(timeLimit),
                received,
                ekycReference);
        try {
            String number = database.inTransaction(c -> {
                String inserted = repository.insert(c, app);
                outbox.sms(
                        c,
                        form.applicant().mobile(),
                        "Application " + inserted + " received at "
                                + form.centreId() + ". Access code " + accessCodes.codeFor(inserted)
                                + ". Decision due by "
                                + app.slaDueDate() + ".");
                return inserted;
            });
            return new Submitted(viewOf(number, app), false);
        } catch (SQLException e) {
            removeUnreferenced(created);
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Two requests with one key raced past the first look-up: the loser answers like a retry.
                return earlierAnswer(key, payloadSha256).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Submitted withAccessCode(Submitted submitted) {
        ApplicationView view = submitted.view();
        return new Submitted(
                view.withAccessCode(accessCodes.codeFor(view.summary().applicationNo())), submitted.replayed());
    }

    private Submitted chargeFee(Submitted submitted) throws SQLException {
        ApplicationView view = submitted.view();
        int fee = catalogue.service(view.summary().serviceCode()).orElseThrow().feePaise();
        FeeCollector.Outcome outcome = fees.collect(view.summary().applicationNo(), fee);
        if (outcome == FeeCollector.Outcome.PENDING) {
            return submitted;
        }
        return new Submitted(view.withFeeStatus(outcome.name()), false);
    }

    private Optional<Submitted> earlierAnswer(String key, String payloadSha256) throws SQLException {
        Optional<ApplicationRepository.KeyRecord> record = database.read(c -> repository.findByIdempotencyKey(c, key));
        if (record.isEmpty()) {
            return Optional.empty();
        }
        if (!record.get().payloadSha256().equals(payloadSha256)) {
            throw ProblemException.conflict(
                    "/problems/idempotency-key-reused",
                    "Idempotency key reused",
                    "Idempotency-Key '" + key + "' was used for application "
                            + record.get().applicationNo()
                            + " with a different payload; use a new key for a new application");
        }
        replays.increment();
        ApplicationView view = database.read(
                        c -> repository.find(c, record.get().applicationNo()))
                .orElseThrow();
        return Optional.of(new Submitted(view, true));
    }

    private List<ReceivedDocument> receive(List<Part> parts) throws IOException {
        List<ReceivedDocument> received = new ArrayList<>(parts.size());
        boolean complete = false;
        try {
            for (int i = 0; i < parts.size(); i++) {
                try (InputStream in = parts.get(i).getInputStream()) {
                    received.add(documents.receive(i, in, MultipartSubmission.MAX_DOCUMENT_BYTES));
                }
            }
            complete = true;
            return received;
        } catch (DocumentRejected e) {
            String field = "documents[" + e.position() + "]";
            throw new ProblemException(Problem.of(
                            e.status() == 413 ? "/problems/too-large" : "/problems/unsupported-document",
                            e.status() == 413 ? "Document too large" : "Unsupported document type",
                            e.status(),
                            field + ": " + e.getMessage())
                    .withErrors(List.of(new Problem.FieldError(field, e.getMessage()))));
        } finally {
            if (!complete) {
                documents.discard(received);
            }
        }
    }

    /**
     * After a failed insert, removes the documents this request put on the volume, unless a committed
     * application refers to the same content (identical documents are stored once).
     */
    private void removeUnreferenced(List<String> created) {
        for (String sha256 : created) {
            try {
                boolean referenced = database.read(c -> isReferenced(c, sha256));
                if (!referenced) {
                    documents.remove(sha256);
                }
            } catch (SQLException | IOException e) {
                // leave the file: an orphan costs space, a missing document would lose data
            }
        }
    }

    private static boolean isReferenced(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT 1 FROM application_documents WHERE sha256 = ? LIMIT 1")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalidField(
                    400,
                    "Idempotency-Key",
                    "the header is required: a unique value per application, reused only for retries");
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(
                    400, "Idempotency-Key", "must be 8 to 200 printable ASCII characters without spaces");
        }
    }

    private static ApplicationView viewOf(String number, NewApplication app) {
        List<Object> docs = new ArrayList<>();
        for (ReceivedDocument d : app.documents()) {
            docs.add(java.util.Map.of(
                    "position",
                    d.position(),
                    "sha256",
                    d.sha256(),
                    "sizeBytes",
                    d.sizeBytes(),
                    "contentType",
                    d.type().mediaType()));
        }
        SubmissionForm form = app.form();
        return new ApplicationView(
                new ApplicationSummary(
                        number,
                        form.serviceCode(),
                        ApplicationStatus.SUBMITTED,
                        form.centreId(),
                        form.district(),
                        form.applicant().name(),
                        app.submittedAt(),
                        app.slaDueDate()),
                app.submittedAt(),
                app.payloadSha256(),
                "PENDING",
                new String(Json.bytes(docs), java.nio.charset.StandardCharsets.UTF_8),
                null,
                null,
                null,
                null);
    }
}
