package org.sevasurge.service.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.sevasurge.service.http.Json;

/**
 * Writes notifications into the outbox table on the caller's connection, so they commit or roll back with
 * the change they report. Stateless and thread-safe.
 */
public final class Outbox {

    /** What a row asks the worker to send. */
    public enum Kind {
        SMS,
        DIGILOCKER
    }

    public void enqueue(Connection c, Kind kind, Map<String, Object> payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (kind, payload) VALUES (?, ?::jsonb)")) {
            ps.setString(1, kind.name());
            ps.setString(2, new String(Json.bytes(payload), java.nio.charset.StandardCharsets.UTF_8));
            ps.executeUpdate();
        }
    }

    /** An SMS to the applicant's mobile. */
    public void sms(Connection c, String mobile, String text) throws SQLException {
        enqueue(c, Kind.SMS, Map.of("to", mobile, "text", text));
    }
}
