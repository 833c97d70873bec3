package org.sevasurge.service.certificates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** SQL for issued certificates. Stateless and thread-safe; works on the caller's connection. */
public final class CertificateRepository {

    /** Stores an issued certificate in the caller's transaction. */
    public void insert(
            Connection c,
            CertificateContent content,
            byte[] signature,
            String keyId,
            byte[] pdf,
            OffsetDateTime issuedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO certificates (certificate_no, application_no, service_code, service_name, applicant_name,
                    guardian_name, district, centre_id, approving_office, issued_on, valid_until, signature, key_id,
                    pdf, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, content.certificateNo());
            ps.setString(2, content.applicationNo());
            ps.setString(3, content.serviceCode());
            ps.setString(4, content.serviceName());
            ps.setString(5, content.applicantName());
            ps.setString(6, content.guardianName());
            ps.setString(7, content.district());
            ps.setString(8, content.centreId());
            ps.setString(9, content.approvingOffice());
            ps.setObject(10, content.issuedOn());
            ps.setObject(11, content.validUntil());
            ps.setBytes(12, signature);
            ps.setString(13, keyId);
            ps.setBytes(14, pdf);
            ps.setObject(15, issuedAt);
            ps.executeUpdate();
        }
    }

    public Optional<StoredCertificate> find(Connection c, String certificateNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT certificate_no, application_no, service_code, service_name, applicant_name, guardian_name,
                       district, centre_id, approving_office, issued_on, valid_until, signature, key_id
                  FROM certificates WHERE certificate_no = ?""")) {
            ps.setString(1, certificateNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                CertificateContent content = new CertificateContent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class));
                return Optional.of(new StoredCertificate(content, rs.getBytes(12), rs.getString(13)));
            }
        }
    }

    /** A certificate's PDF and the district code of its application (who may download it). */
    public record Pdf(byte[] bytes, String districtCode) {}

    public Optional<Pdf> pdf(Connection c, String certificateNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.pdf, a.district_code FROM certificates c"
                + " JOIN applications a ON a.application_no = c.application_no WHERE c.certificate_no = ?")) {
            ps.setString(1, certificateNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Pdf(rs.getBytes(1), rs.getString(2))) : Optional.empty();
            }
        }
    }
}
