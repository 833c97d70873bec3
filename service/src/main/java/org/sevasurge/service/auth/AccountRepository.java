package org.sevasurge.service.auth;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** SQL for officers' accounts (table {@code officers}). Stateless and thread-safe. */
public final class AccountRepository {

    /** An account as stored: the officer it authenticates, its password hash and whether it may log in. */
    public record Account(Officer officer, String passwordHash, boolean active) {}

    public Optional<Account> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT username, display_name, roles, district_code, office,"
                + " password_hash, active FROM officers WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Officer officer = new Officer(
                        rs.getString(1), rs.getString(2), roles(rs.getArray(3)), rs.getString(4), rs.getString(5));
                return Optional.of(new Account(officer, rs.getString(6), rs.getBoolean(7)));
            }
        }
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }
}
