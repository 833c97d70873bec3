package org.sevasurge.service.config;

import java.time.Duration;

/**
 * Officers' tokens and the cost of logging in. Immutable.
 *
 * @param accessTokenLifetime  how long an access token is accepted (refresh before it ends)
 * @param refreshTokenLifetime how long a login lasts: a shift
 * @param maxConcurrentLogins  password hashes computed at once (each takes a core and 19 MiB for ~35 ms)
 */
public record LoginSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime, int maxConcurrentLogins) {

    /** 15-minute access tokens, 8-hour refresh tokens, one hash per core. */
    public static LoginSettings defaults() {
        return new LoginSettings(
                Duration.ofMinutes(15),
                Duration.ofHours(8),
                Runtime.getRuntime().availableProcessors());
    }

    public LoginSettings withAccessTokenLifetime(Duration lifetime) {
        return new LoginSettings(lifetime, refreshTokenLifetime, maxConcurrentLogins);
    }

    public LoginSettings withRefreshTokenLifetime(Duration lifetime) {
        return new LoginSettings(accessTokenLifetime, lifetime, maxConcurrentLogins);
    }

    public LoginSettings withMaxConcurrentLogins(int max) {
        return new LoginSettings(accessTokenLifetime, refreshTokenLifetime, max);
    }
}
