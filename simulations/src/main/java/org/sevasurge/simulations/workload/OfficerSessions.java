package org.sevasurge.simulations.workload;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The officers' logins of a run, shared by all virtual officers: an officer logs in once per shift (the run), uses
 * the access token until it nears expiry, then refreshes it; only when the refresh token has expired too does it log
 * in again. One account is one person: while its login is under way, other work of that officer waits for it
 * instead of logging in a second time. Thread-safe.
 */
public final class OfficerSessions {
    /** Refresh this long before the access token expires, so no request goes out with a stale one. */
    static final long REFRESH_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** What an officer must do before acting. */
    public enum Need {
        /** The access token is good. */
        NONE,
        /** No token, or the refresh token has expired: log in. */
        LOGIN,
        /** The access token nears expiry: refresh it. */
        REFRESH,
        /** The officer is logging in already (another of its virtual users): wait for that login. */
        WAIT
    }

    private record Tokens(String access, String refresh, long accessExpiresAt, long refreshExpiresAt) {}

    private final ConcurrentHashMap<String, Tokens> tokens = new ConcurrentHashMap<>();
    private final java.util.Set<String> loggingIn = ConcurrentHashMap.newKeySet();

    /**
     * @return what {@code username} must do before its next request; {@link Need#LOGIN} is given to one caller at a
     * time, who must call {@link #loginEnded} whatever the outcome
     */
    public Need need(String username) {
        Tokens current = tokens.get(username);
        long now = System.nanoTime();
        if (current == null || now > current.refreshExpiresAt - REFRESH_MARGIN_NANOS) {
            return loggingIn.add(username) ? Need.LOGIN : Need.WAIT;
        }
        return now > current.accessExpiresAt - REFRESH_MARGIN_NANOS ? Need.REFRESH : Need.NONE;
    }

    /** The login {@link #need} handed out for {@code username} has ended, with or without a token. */
    public void loginEnded(String username) {
        loggingIn.remove(username);
    }

    /** @return whether {@code username} is logging in right now */
    public boolean loggingIn(String username) {
        return loggingIn.contains(username);
    }

    /** @return the access token of {@code username}, or null when it has none */
    public @Nullable String accessToken(String username) {
        Tokens current = tokens.get(username);
        return current == null ? null : current.access;
    }

    /** @return the refresh token of {@code username}, or null */
    public @Nullable String refreshToken(String username) {
        Tokens current = tokens.get(username);
        return current == null ? null : current.refresh;
    }

    /** Records a login's answer. Lifetimes in seconds. */
    public void loggedIn(String username, String access, long accessSeconds, String refresh, long refreshSeconds) {
        long now = System.nanoTime();
        tokens.put(
                username,
                new Tokens(
                        access,
                        refresh,
                        now + TimeUnit.SECONDS.toNanos(accessSeconds),
                        now + TimeUnit.SECONDS.toNanos(refreshSeconds)));
    }

    /** Records a refresh's answer: a new access token, the refresh token unchanged. */
    public void refreshed(String username, String access, long accessSeconds) {
        tokens.computeIfPresent(
                username,
                (name, current) -> new Tokens(
                        access,
                        current.refresh,
                        System.nanoTime() + TimeUnit.SECONDS.toNanos(accessSeconds),
                        current.refreshExpiresAt));
    }

    /** @return officers logged in so far */
    public int size() {
        return tokens.size();
    }
}
