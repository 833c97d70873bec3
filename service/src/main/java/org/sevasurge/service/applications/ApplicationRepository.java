package org.sevasurge.service.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL for applications and their documents. Stateless and thread-safe; every method works on the caller's
 * connection so that the caller decides the transaction.
 */
public final class ApplicationRepository {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private static final String VIEW_SELECT = """
            SELECT a.application_no, a.service_code, a.status, a.centre_id, a.district_code,
                   a.applicant->>'name', a.submitted_at, a.sla_due_date, a.updated_at, a.payload_sha256, a.fee_status,
                   (SELECT json_agg(json_build_object('position', d.position, 'sha256', d.sha256,
                                    'sizeBytes', d.size_bytes, 'contentType', d.content_type) ORDER BY d.position)
                      FROM application_documents d WHERE d.application_no = a.application_no)::text,
                   a.field_report::text, a.decision::text, c.certificate_no
              FROM applications a LEFT JOIN certificates c ON c.application_no = a.application_no
            """;
    private static final String VIEW_WHERE = " WHERE a.application_no = ?";

    /** The fingerprint stored under an idempotency key, if that key was used before. */
    public record KeyRecord(String applicationNo, String payloadSha256) {}

    public Optional<KeyRecord> findByIdempotencyKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT application_no, payload_sha256 FROM applications WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new KeyRecord(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** Inserts the application and its document rows; returns the new application number. */
    String insert(Connection c, NewApplication app) throws SQLException {
        long sequence;
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('application_no_seq')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            sequence = rs.getLong(1);
        }
        SubmissionForm form = app.form();
        String number = ApplicationNumbers.application(
                form.serviceCode(), app.submittedAt().atZoneSameInstant(INDIA).getYear(), sequence);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO applications (application_no, idempotency_key, payload_sha256, service_code, centre_id,
                    district_code, applicant, status, submitted_at, sla_due_date, updated_at, ekyc_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, 'SUBMITTED', ?, ?, ?, ?)""")) {
            ps.setString(1, number);
            ps.setString(2, app.idempotencyKey());
            ps.setString(3, app.payloadSha256());
            ps.setString(4, form.serviceCode());
            ps.setString(5, form.centreId());
            ps.setString(6, form.district());
            ps.setString(7, app.applicantJson());
            ps.setObject(8, app.submittedAt());
            ps.setObject(9, app.slaDueDate());
            ps.setObject(10, app.submittedAt());
            ps.setString(11, app.ekycReference());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_documents"
                + " (application_no, position, sha256, size_bytes, content_type) VALUES (?, ?, ?, ?, ?)")) {
            for (var document : app.documents()) {
                ps.setString(1, number);
                ps.setInt(2, document.position());
                ps.setString(3, document.sha256());
                ps.setLong(4, document.sizeBytes());
                ps.setString(5, document.type().mediaType());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return number;
    }

    public Optional<ApplicationView> find(Connection c, String applicationNo) throws SQLException {
        return findVersioned(c, applicationNo).map(Versioned::view);
    }

    /** An application's view and the version of its row it was read from. */
    public record Versioned(ApplicationView view, String version) {}

    /**
     * The application's view with its row's version ({@code xmin}, the transaction that last wrote the row), read
     * in one statement so that the two always belong together.
     */
    public Optional<Versioned> findVersioned(Connection c, String applicationNo) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT a.xmin::text, " + VIEW_SELECT.substring("SELECT ".length()) + VIEW_WHERE)) {
            ps.setString(1, applicationNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Versioned(view(rs, 1), rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The version and district of an application, if it exists. */
    public record RowVersion(String version, String district) {}

    /**
     * The row's version ({@code xmin}): every update of the row gives it a new one, whoever makes it (another
     * instance, a fee reconciliation, an operator's SQL), and a decision inserts the certificate in the same
     * transaction that updates the row. One primary-key lookup of two short columns.
     */
    public Optional<RowVersion> version(Connection c, String applicationNo) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT xmin::text, district_code FROM applications WHERE application_no = ?")) {
            ps.setString(1, applicationNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RowVersion(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** What a review step checks before it acts: the status, the district, and who filed the field report. */
    public record Locked(ApplicationStatus status, String district, String reportedBy) {}

    /** The row's status, district and field reporter, locking the row for the rest of the transaction. */
    public Optional<Locked> lock(Connection c, String applicationNo) throws SQLException {
        return stepFacts(c, applicationNo, " FOR UPDATE");
    }

    /** As {@link #lock} without the lock: a first check before work that must not hold one. */
    public Optional<Locked> peek(Connection c, String applicationNo) throws SQLException {
        return stepFacts(c, applicationNo, "");
    }

    private Optional<Locked> stepFacts(Connection c, String applicationNo, String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, district_code, reported_by FROM applications" + " WHERE application_no = ?" + lock)) {
            ps.setString(1, applicationNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Locked(
                                ApplicationStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** The step an officer records on an application: its JSON column and the column naming the officer. */
    public enum Step {
        FIELD_REPORT("field_report", "reported_by"),
        DECISION("decision", "decided_by");

        private final String column;
        private final String officerColumn;

        Step(String column, String officerColumn) {
            this.column = column;
            this.officerColumn = officerColumn;
        }
    }

    /** Moves the application to {@code status}, storing the step's JSON and the officer who took it. */
    public void updateStatus(
            Connection c,
            String applicationNo,
            ApplicationStatus status,
            Step step,
            String officer,
            String json,
            OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE applications SET status = ?, " + step.column
                + " = ?::jsonb, " + step.officerColumn + " = ?, updated_at = ? WHERE application_no = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, json);
            ps.setString(3, officer);
            ps.setObject(4, at);
            ps.setString(5, applicationNo);
            ps.executeUpdate();
        }
    }

    /** Up to {@code limit} queue entries after the first {@code offset}, oldest first; null filters match all. */
    public List<ApplicationSummary> queue(
            Connection c, String centreId, String district, ApplicationStatus status, long offset, int limit)
            throws SQLException {
        // Only the filters given go into the SQL, so PostgreSQL can pick the matching queue index.
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        addFilter(conditions, values, "centre_id", centreId);
        addFilter(conditions, values, "district_code", district);
        addFilter(conditions, values, "status", status == null ? null : status.name());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        try (PreparedStatement ps = c.prepareStatement("SELECT application_no, service_code, status, centre_id,"
                + " district_code, applicant->>'name', submitted_at, sla_due_date FROM applications" + where
                + " ORDER BY submitted_at, application_no LIMIT ? OFFSET ?")) {
            int index = 1;
            for (String value : values) {
                ps.setString(index++, value);
            }
            ps.setInt(index++, limit);
            ps.setLong(index, offset);
            List<ApplicationSummary> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(summary(rs));
                }
            }
            return items;
        }
    }

    private static void addFilter(List<String> conditions, List<String> values, String column, String value) {
        if (value != null) {
            conditions.add(column + " = ?");
            values.add(value);
        }
    }

    /** The queue line in the first eight columns, in {@link ApplicationSummary}'s order. */
    private static ApplicationSummary summary(ResultSet rs) throws SQLException {
        return summary(rs, 0);
    }

    /** As above, after {@code skipped} leading columns. */
    private static ApplicationSummary summary(ResultSet rs, int skipped) throws SQLException {
        int at = skipped;
        return new ApplicationSummary(
                rs.getString(++at),
                rs.getString(++at),
                ApplicationStatus.valueOf(rs.getString(++at)),
                rs.getString(++at),
                rs.getString(++at),
                rs.getString(++at),
                rs.getObject(++at, OffsetDateTime.class),
                rs.getObject(++at, LocalDate.class));
    }

    /** The summary's eight columns, then the rest of the view's in its order, after {@code skipped} columns. */
    private static ApplicationView view(ResultSet rs, int skipped) throws SQLException {
        int at = skipped + 8;
        return new ApplicationView(
                summary(rs, skipped),
                rs.getObject(++at, OffsetDateTime.class),
                rs.getString(++at),
                rs.getString(++at),
                rs.getString(++at),
                rs.getString(++at),
                rs.getString(++at),
                rs.getString(++at),
                null);
    }
}
