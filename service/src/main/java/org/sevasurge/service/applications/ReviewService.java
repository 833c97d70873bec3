package org.sevasurge.service.applications;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sevasurge.service.auth.Credentials;
import org.sevasurge.service.auth.Officer;
import org.sevasurge.service.catalogue.Catalogue;
import org.sevasurge.service.catalogue.ServiceDefinition;
import org.sevasurge.service.certificates.CertificateContent;
import org.sevasurge.service.certificates.CertificateIssuer;
import org.sevasurge.service.certificates.CertificateVerifier;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.external.LandRecords;
import org.sevasurge.service.http.Json;
import org.sevasurge.service.http.JsonFields;
import org.sevasurge.service.http.Problem.FieldError;
import org.sevasurge.service.http.ProblemException;
import org.sevasurge.service.outbox.Outbox;

/**
 * The officers' side of the lifecycle: the revenue inspector's field report and the approving officer's
 * decision, which on approval issues the signed certificate in the same transaction. Each step locks the
 * application row, so two officers acting at once cannot both decide; each is refused ({@code 403}, nothing
 * written) to an officer of another district, and a decision to the officer who filed the field report. The
 * officer who reported and who decided are recorded on the application. Thread-safe.
 *
 * @param verifier learns each certificate issued here once it is committed (see its {@code remember})
 */
public record ReviewService(
        Database database,
        ApplicationRepository repository,
        Catalogue catalogue,
        CertificateIssuer issuer,
        CertificateVerifier verifier,
        LandRecords landRecords,
        Outbox outbox,
        Credentials credentials,
        Clock clock) {

    private static final Set<String> REPORT_FIELDS = Set.of("recommendation", "remarks", "khasraNo", "complete");
    private static final Set<String> DECISION_FIELDS = Set.of("outcome", "reason");
    private static final Set<String> OUTCOMES = Set.of("APPROVE", "REJECT");

    /** What the officers' steps need to know of an application. */
    private record Facts(
            ServiceDefinition service,
            String applicantName,
            String guardianName,
            String mobile,
            String districtCode,
            String centreId) {}

    /**
     * Records a field report: {@code complete=false} means the visit has begun ({@code UNDER_VERIFICATION}).
     * For services that need land records, a given {@code khasraNo} is looked up and the plot kept in the report.
     */
    public ApplicationView fieldReport(Officer inspector, String applicationNo, byte[] body) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        JsonNode json = stepBody(body, "field report", "inspectorId", REPORT_FIELDS, errors);
        Map<String, Object> report = takenBy(inspector, "inspector");
        report.put("recommendation", JsonFields.oneOf(json, "recommendation", OUTCOMES, errors));
        report.put("remarks", JsonFields.optionalFreeText(json, "remarks", "remarks", 500, errors));
        report.put("khasraNo", JsonFields.optionalText(json, "khasraNo", "khasraNo", 40, errors));
        boolean complete = JsonFields.optionalBoolean(json, "complete", true, errors);
        report.put("complete", complete);
        failIfInvalid(errors);
        OffsetDateTime now = now();
        report.put("reportedAt", now.toString());
        String khasraNo = (String) report.get("khasraNo");
        if (khasraNo != null) {
            Facts facts = database.read(c -> facts(c, applicationNo));
            // Checked before the land-records call too: an officer of another district must not cause one.
            credentials.requireDistrict(inspector, facts.districtCode(), "application " + applicationNo);
            if (facts.service().needsLandRecords()) {
                landRecords
                        .plot(catalogue.districtName(facts.districtCode()), khasraNo)
                        .ifPresent(plot -> report.put("plot", plot));
            }
        }
        ApplicationStatus next = complete ? ApplicationStatus.VERIFIED : ApplicationStatus.UNDER_VERIFICATION;
        return database.inTransaction(c -> {
            ApplicationRepository.Locked locked = lock(c, inspector, applicationNo);
            requireStatus(
                    locked,
                    applicationNo,
                    EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_VERIFICATION),
                    "a field report");
            repository.updateStatus(
                    c,
                    applicationNo,
                    next,
                    ApplicationRepository.Step.FIELD_REPORT,
                    inspector.username(),
                    json(report),
                    now);
            return repository.find(c, applicationNo).orElseThrow();
        });
    }

    /** Approves (issuing the certificate) or rejects a verified application. */
    public ApplicationView decide(Officer officer, String applicationNo, byte[] body) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        JsonNode json = stepBody(body, "decision", "officerId", DECISION_FIELDS, errors);
        Map<String, Object> decision = takenBy(officer, "officer");
        decision.put("office", officer.office());
        String outcome = JsonFields.oneOf(json, "outcome", OUTCOMES, errors);
        decision.put("outcome", outcome);
        String reason = JsonFields.optionalFreeText(json, "reason", "reason", 500, errors);
        if ("REJECT".equals(outcome) && reason == null) {
            errors.add(new FieldError("reason", "is required when the outcome is REJECT"));
        }
        decision.put("reason", reason);
        failIfInvalid(errors);
        OffsetDateTime now = now();
        decision.put("decidedAt", now.toString());
        boolean approve = "APPROVE".equals(outcome);
        // The certificate is signed and rendered before the transaction, so no connection or row lock is held
        // through its CPU work; an application's facts never change, so what is rendered is what the locked row
        // says. The same checks run first without a lock (no render for a refused decision) and again under it.
        CertificateIssuer.Prepared rendered = null;
        if (approve) {
            ApplicationRepository.Locked unlocked = database.read(c -> repository.peek(c, applicationNo))
                    .orElseThrow(() -> ProblemException.notFound("application " + applicationNo));
            requireDecidable(officer, unlocked, applicationNo);
            Facts facts = database.read(c -> facts(c, applicationNo));
            rendered = issuer.prepare(certificateContent(
                    facts,
                    applicationNo,
                    now.atZoneSameInstant(ApplicationRepository.INDIA).toLocalDate()));
        }
        CertificateIssuer.Prepared prepared = rendered;
        ApplicationView decided = database.inTransaction(c -> {
            requireDecidable(officer, lock(c, officer, applicationNo), applicationNo);
            Facts facts = facts(c, applicationNo);
            if (approve) {
                CertificateContent certificate = prepared.content();
                issuer.store(c, prepared, now);
                outbox.enqueue(
                        c,
                        Outbox.Kind.DIGILOCKER,
                        Map.of(
                                "certificateNumber",
                                certificate.certificateNo(),
                                "documentType",
                                facts.service().code() + "CER",
                                "holderName",
                                facts.applicantName(),
                                "issuedOn",
                                certificate.issuedOn().toString(),
                                "holderMobile",
                                facts.mobile()));
                outbox.sms(
                        c,
                        facts.mobile(),
                        "Application " + applicationNo + " approved: certificate " + certificate.certificateNo()
                                + " is ready to download.");
            } else {
                outbox.sms(c, facts.mobile(), "Application " + applicationNo + " was rejected: " + reason);
            }
            repository.updateStatus(
                    c,
                    applicationNo,
                    approve ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED,
                    ApplicationRepository.Step.DECISION,
                    officer.username(),
                    json(decision),
                    now);
            return repository.find(c, applicationNo).orElseThrow();
        });
        if (prepared != null) {
            verifier.remember(prepared.stored());
        }
        return decided;
    }

    /** A decision needs the officer's district, an officer who did not file the field report, and VERIFIED. */
    private void requireDecidable(Officer officer, ApplicationRepository.Locked row, String applicationNo) {
        credentials.requireDistrict(officer, row.district(), "application " + applicationNo);
        if (officer.username().equals(row.reportedBy())) {
            throw credentials.forbidden(officer.username() + " filed the field report on " + applicationNo
                    + "; another approving officer must decide it");
        }
        requireStatus(row, applicationNo, EnumSet.of(ApplicationStatus.VERIFIED), "a decision");
    }

    private CertificateContent certificateContent(Facts facts, String applicationNo, LocalDate issuedOn) {
        ServiceDefinition service = facts.service();
        LocalDate validUntil = service.validityDays() == null ? null : issuedOn.plusDays(service.validityDays());
        return new CertificateContent(
                ApplicationNumbers.certificateFor(applicationNo),
                applicationNo,
                service.code(),
                service.name(),
                facts.applicantName(),
                facts.guardianName(),
                catalogue.districtName(facts.districtCode()),
                facts.centreId(),
                service.approvingOffice(),
                issuedOn,
                validUntil);
    }

    private Facts facts(Connection c, String applicationNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT service_code, applicant->>'name',"
                + " applicant->>'guardianName', applicant->>'mobile', district_code, centre_id"
                + " FROM applications WHERE application_no = ?")) {
            ps.setString(1, applicationNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("application " + applicationNo);
                }
                return new Facts(
                        catalogue.service(rs.getString(1)).orElseThrow(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6));
            }
        }
    }

    /** Locks the row and refuses an officer of another district before anything is written. */
    private ApplicationRepository.Locked lock(Connection c, Officer officer, String applicationNo) throws SQLException {
        ApplicationRepository.Locked locked = repository
                .lock(c, applicationNo)
                .orElseThrow(() -> ProblemException.notFound("application " + applicationNo));
        credentials.requireDistrict(officer, locked.district(), "application " + applicationNo);
        return locked;
    }

    /**
     * The body of the step {@code step} as a JSON object; every field it has must be in {@code allowed}, and it
     * must not name the acting officer in {@code identityField}. What is wrong goes into {@code errors}.
     */
    private static JsonNode stepBody(
            byte[] body, String step, String identityField, Set<String> allowed, List<FieldError> errors) {
        JsonNode json = JsonFields.object(body, step);
        identityFromToken(json, identityField, errors);
        JsonFields.unknownFields(json, allowed, "", errors);
        return json;
    }

    /**
     * A step's record, begun with who took it: the officer's username under {@code role}, the name under
     * {@code role} + {@code "Name"}.
     */
    private static Map<String, Object> takenBy(Officer officer, String role) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put(role, officer.username());
        step.put(role + "Name", officer.name());
        return step;
    }

    /** The acting officer comes from the bearer token; a body that names one is refused, not ignored. */
    private static void identityFromToken(JsonNode json, String field, List<FieldError> errors) {
        if (json.has(field)) {
            errors.add(new FieldError(field, "is taken from the officer's bearer token; leave it out"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove(field);
        }
    }

    private static void requireStatus(
            ApplicationRepository.Locked locked, String applicationNo, Set<ApplicationStatus> allowed, String step) {
        ApplicationStatus status = locked.status();
        if (!allowed.contains(status)) {
            throw ProblemException.conflict(
                    "/problems/wrong-state",
                    "Application in the wrong state",
                    "application " + applicationNo + " is " + status + "; " + step + " needs it to be "
                            + String.join(
                                    " or ", allowed.stream().map(Enum::name).toList()));
        }
    }

    private static void failIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(422, "the request has invalid fields", errors);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String json(Map<String, Object> value) {
        value.values().removeIf(java.util.Objects::isNull);
        return new String(Json.bytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }
}
