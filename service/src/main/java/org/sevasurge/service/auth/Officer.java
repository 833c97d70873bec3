package org.sevasurge.service.auth;

import java.util.Set;

/**
 * The authenticated officer behind a request, as the bearer token states it. Immutable.
 *
 * @param username the account's login name, e.g. {@code ri.balod}; recorded on the reports and decisions it makes
 * @param name     the person's or post's display name, e.g. {@code Revenue Inspector, Balod}
 * @param roles    what the account may do; never empty
 * @param district the district code the account acts in, e.g. {@code BALOD}
 * @param office   the office it belongs to, e.g. {@code Tehsil office, Balod}
 */
public record Officer(String username, String name, Set<Role> roles, String district, String office) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
