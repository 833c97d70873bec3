package org.sevasurge.service.auth;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The service's symmetric keys, kept in the database (table {@code service_secrets}) so that every instance on
 * one database signs and checks the same tokens and access codes, and a restart keeps them valid. The first start
 * generates each key (256 random bits); later starts read it. Stateless.
 */
public final class ServiceSecrets {

    /** Signs officers' bearer tokens. */
    public static final String TOKEN_KEY = "officer-token-hs256";
    /** Derives citizens' access codes from application numbers. */
    public static final String ACCESS_CODE_KEY = "citizen-access-code-hmac";

    private static final int KEY_BYTES = 32;

    private ServiceSecrets() {}

    /** The key named {@code name}, created first if this database has none (concurrent starts agree on one). */
    public static byte[] loadOrCreate(Connection c, String name) throws SQLException {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO service_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            insert.setString(1, name);
            insert.setBytes(2, fresh);
            insert.executeUpdate();
        }
        try (PreparedStatement select = c.prepareStatement("SELECT secret FROM service_secrets WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }
}
