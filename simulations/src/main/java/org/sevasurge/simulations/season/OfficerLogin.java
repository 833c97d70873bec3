package org.sevasurge.simulations.season;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.sevasurge.simulations.calendar.OfficerAccounts;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.gatling.SessionKey;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.workload.OfficerSessions;

/**
 * An officer's credentials in a journey: log in ({@code POST /api/v1/auth/login}, the service's slow password hash)
 * the first time in a run, retrying after {@code Retry-After} when the service sheds logins with {@code 503} (at most
 * {@value #LOGIN_ATTEMPTS} attempts, as a person would), refresh the access token ({@code POST /api/v1/auth/refresh})
 * when it nears expiry, and put the access token into the session for the {@code Authorization: Bearer} header. While
 * an officer's login is under way, its other work waits for it (at most {@value #WAIT_SECONDS} s). Every attempt is
 * timed like any other request, so the login's cost is part of every run. Immutable.
 */
final class OfficerLogin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SessionKey<String> NEED = SessionKey.of("officerNeed", String.class);
    private static final SessionKey<String> BODY = SessionKey.of("officerBody", String.class);
    private static final SessionKey<Integer> ATTEMPT = SessionKey.of("officerAttempt", Integer.class);
    private static final SessionKey<String> RETRY_AFTER = SessionKey.of("officerRetryAfter", String.class);
    private static final SessionKey<String> ACCESS = SessionKey.of("officerAccess", String.class);
    private static final SessionKey<Long> EXPIRES = SessionKey.of("officerExpires", Long.class);
    private static final SessionKey<String> REFRESH = SessionKey.of("officerRefresh", String.class);
    private static final SessionKey<Long> REFRESH_EXPIRES = SessionKey.of("officerRefreshExpires", Long.class);
    static final int LOGIN_ATTEMPTS = 4;
    static final int WAIT_SECONDS = 30;
    private static final long MAX_RETRY_AFTER_MILLIS = 5_000;

    private final OfficerSessions sessions;
    private final OfficerAccounts accounts;
    private final RequestRecorder login;
    private final RequestRecorder refresh;

    OfficerLogin(OfficerSessions sessions, OfficerAccounts accounts, RequestRecorder login, RequestRecorder refresh) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.login = login;
        this.refresh = refresh;
    }

    /**
     * @param username how to name the officer from the session (e.g. the district's inspector)
     * @param tokenKey the session key that receives the access token
     * @return the chain that makes sure the officer holds a fresh token
     */
    ChainBuilder ensure(Function<Session, String> username, SessionKey<String> tokenKey) {
        SessionKey<String> userKey = SessionKey.of(tokenKey.name() + "User", String.class);
        return exec(session -> {
                    String user = username.apply(session);
                    OfficerSessions.Need need = sessions.need(user);
                    String body = switch (need) {
                        case LOGIN -> json(Map.of("username", user, "password", accounts.passwordOf(user)));
                        case REFRESH -> json(Map.of("refreshToken", sessions.refreshToken(user)));
                        case NONE, WAIT -> "";
                    };
                    return BODY.set(NEED.set(userKey.set(session, user), need.name()), body);
                })
                .doSwitch(NEED.el())
                .on(
                        onCase(OfficerSessions.Need.LOGIN.name())
                                .then(exec(session -> ATTEMPT.set(session, 0))
                                        .asLongAs(session -> sessions.accessToken(userKey.get(session)) == null
                                                && ATTEMPT.get(session) < LOGIN_ATTEMPTS)
                                        .on(exec(session -> RETRY_AFTER.remove(
                                                        ATTEMPT.set(session, ATTEMPT.get(session) + 1)))
                                                .exec(loginRequest())
                                                .exec(session -> stored(session, userKey))
                                                .doIf(session -> sessions.accessToken(userKey.get(session)) == null
                                                        && ATTEMPT.get(session) < LOGIN_ATTEMPTS)
                                                .then(pause(session -> Duration.ofMillis(retryAfterMillis(session)))))
                                        .exec(session -> {
                                            sessions.loginEnded(userKey.get(session));
                                            return session;
                                        })),
                        onCase(OfficerSessions.Need.WAIT.name())
                                .then(exec(session -> ATTEMPT.set(session, 0))
                                        .asLongAs(session -> sessions.loggingIn(userKey.get(session))
                                                && ATTEMPT.get(session) < WAIT_SECONDS * 5)
                                        .on(pause(Duration.ofMillis(200))
                                                .exec(session -> ATTEMPT.set(session, ATTEMPT.get(session) + 1)))),
                        onCase(OfficerSessions.Need.REFRESH.name())
                                .then(Latency.timed(
                                                refresh,
                                                200,
                                                http(RequestName.TOKEN_REFRESH.id())
                                                        .post("/api/v1/auth/refresh")
                                                        .body(StringBody(BODY.el()))
                                                        .asJson(),
                                                jsonPath("$.accessToken").saveAs(ACCESS.name()),
                                                jsonPath("$.expiresIn").ofLong().saveAs(EXPIRES.name()))
                                        .exec(session -> {
                                            if (ACCESS.in(session)) {
                                                sessions.refreshed(
                                                        userKey.get(session),
                                                        ACCESS.get(session),
                                                        EXPIRES.get(session));
                                            }
                                            return ACCESS.remove(session);
                                        })))
                .exec(session -> {
                    String token = sessions.accessToken(userKey.get(session));
                    // Without a token (the login failed) the request goes out anyway and its 401 is counted.
                    return tokenKey.set(session, token == null ? "none" : token)
                            .removeAll(NEED.name(), BODY.name(), ATTEMPT.name());
                });
    }

    private ChainBuilder loginRequest() {
        return Latency.timed(
                login,
                200,
                http(RequestName.LOGIN.id())
                        .post("/api/v1/auth/login")
                        .body(StringBody(BODY.el()))
                        .asJson(),
                header("Retry-After").optional().saveAs(RETRY_AFTER.name()),
                jsonPath("$.accessToken").optional().saveAs(ACCESS.name()),
                jsonPath("$.expiresIn").ofLong().optional().saveAs(EXPIRES.name()),
                jsonPath("$.refreshToken").optional().saveAs(REFRESH.name()),
                jsonPath("$.refreshExpiresIn").ofLong().optional().saveAs(REFRESH_EXPIRES.name()));
    }

    private Session stored(Session session, SessionKey<String> userKey) {
        if (ACCESS.in(session)) {
            sessions.loggedIn(
                    userKey.get(session),
                    ACCESS.get(session),
                    EXPIRES.get(session),
                    REFRESH.get(session),
                    REFRESH_EXPIRES.get(session));
        }
        return session.removeAll(ACCESS.name(), REFRESH.name());
    }

    private static long retryAfterMillis(Session session) {
        return RetryAfter.millis(RETRY_AFTER.getOr(session, null), MAX_RETRY_AFTER_MILLIS);
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
