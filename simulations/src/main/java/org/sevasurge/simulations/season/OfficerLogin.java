package org.sevasurge.simulations.season;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import org.sevasurge.simulations.calendar.OfficerAccounts;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.gatling.Latency;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.workload.OfficerSessions;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

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
    private static final String NEED = "officerNeed";
    private static final String BODY = "officerBody";
    private static final String ATTEMPT = "officerAttempt";
    private static final String RETRY_AFTER = "officerRetryAfter";
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
    ChainBuilder ensure(Function<Session, String> username, String tokenKey) {
        String userKey = tokenKey + "User";
        return exec(session -> {
            String user = username.apply(session);
            OfficerSessions.Need need = sessions.need(user);
            String body = switch (need) {
                case LOGIN -> json(Map.of("username", user, "password", accounts.passwordOf(user)));
                case REFRESH -> json(Map.of("refreshToken", sessions.refreshToken(user)));
                case NONE, WAIT -> "";
            };
            return session.set(userKey, user).set(NEED, need.name()).set(BODY, body);
        }).doSwitch("#{" + NEED + "}").on(
                onCase(OfficerSessions.Need.LOGIN.name()).then(exec(session -> session.set(ATTEMPT, 0))
                        .asLongAs(session -> sessions.accessToken(session.getString(userKey)) == null
                                && session.getInt(ATTEMPT) < LOGIN_ATTEMPTS).on(
                                exec(session -> session.set(ATTEMPT, session.getInt(ATTEMPT) + 1).remove(RETRY_AFTER))
                                        .exec(loginRequest())
                                        .exec(session -> stored(session, userKey))
                                        .doIf(session -> sessions.accessToken(session.getString(userKey)) == null
                                                && session.getInt(ATTEMPT) < LOGIN_ATTEMPTS)
                                        .then(pause(session -> Duration.ofMillis(retryAfterMillis(session)))))
                        .exec(session -> {
                            sessions.loginEnded(session.getString(userKey));
                            return session;
                        })),
                onCase(OfficerSessions.Need.WAIT.name()).then(exec(session -> session.set(ATTEMPT, 0))
                        .asLongAs(session -> sessions.loggingIn(session.getString(userKey))
                                && session.getInt(ATTEMPT) < WAIT_SECONDS * 5)
                        .on(pause(Duration.ofMillis(200)).exec(session -> session.set(ATTEMPT, session.getInt(ATTEMPT) + 1)))),
                onCase(OfficerSessions.Need.REFRESH.name()).then(Latency.timed(refresh, 200,
                        http(RequestName.TOKEN_REFRESH.id()).post("/api/v1/auth/refresh")
                                .body(StringBody("#{" + BODY + "}")).asJson(),
                        jsonPath("$.accessToken").saveAs("officerAccess"),
                        jsonPath("$.expiresIn").ofLong().saveAs("officerExpires"))
                        .exec(session -> {
                            if (session.contains("officerAccess")) {
                                sessions.refreshed(session.getString(userKey), session.getString("officerAccess"),
                                        session.getLong("officerExpires"));
                            }
                            return session.remove("officerAccess");
                        })))
                .exec(session -> {
                    String token = sessions.accessToken(session.getString(userKey));
                    // Without a token (the login failed) the request goes out anyway and its 401 is counted.
                    return session.set(tokenKey, token == null ? "none" : token).removeAll(NEED, BODY, ATTEMPT);
                });
    }

    private ChainBuilder loginRequest() {
        return Latency.timed(login, 200, http(RequestName.LOGIN.id()).post("/api/v1/auth/login")
                        .body(StringBody("#{" + BODY + "}")).asJson(),
                header("Retry-After").optional().saveAs(RETRY_AFTER),
                jsonPath("$.accessToken").optional().saveAs("officerAccess"),
                jsonPath("$.expiresIn").ofLong().optional().saveAs("officerExpires"),
                jsonPath("$.refreshToken").optional().saveAs("officerRefresh"),
                jsonPath("$.refreshExpiresIn").ofLong().optional().saveAs("officerRefreshExpires"));
    }

    private Session stored(Session session, String userKey) {
        if (session.contains("officerAccess")) {
            sessions.loggedIn(session.getString(userKey), session.getString("officerAccess"),
                    session.getLong("officerExpires"), session.getString("officerRefresh"),
                    session.getLong("officerRefreshExpires"));
        }
        return session.removeAll("officerAccess", "officerRefresh");
    }

    private static long retryAfterMillis(Session session) {
        if (session.contains(RETRY_AFTER)) {
            try {
                return Math.min(MAX_RETRY_AFTER_MILLIS, Long.parseLong(session.getString(RETRY_AFTER).trim()) * 1000);
            } catch (NumberFormatException e) {
                // An HTTP date: wait the default.
            }
        }
        return 1000;
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
