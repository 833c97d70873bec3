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
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * An officer's credentials in a journey: log in ({@code POST /api/v1/auth/login}, the service's slow password hash)
 * the first time in a run, refresh the access token ({@code POST /api/v1/auth/refresh}) when it nears expiry, and
 * put the access token into the session for the {@code Authorization: Bearer} header. Both requests are timed like
 * any other, so the login's cost is part of every run. Immutable.
 */
final class OfficerLogin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEED = "officerNeed";
    private static final String BODY = "officerBody";

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
                case NONE -> "";
            };
            return session.set(userKey, user).set(NEED, need.name()).set(BODY, body);
        }).doSwitch("#{" + NEED + "}").on(
                onCase(OfficerSessions.Need.LOGIN.name()).then(Latency.timed(login, 200,
                        http(RequestName.LOGIN.id()).post("/api/v1/auth/login").body(StringBody("#{" + BODY + "}"))
                                .asJson(),
                        jsonPath("$.accessToken").saveAs("officerAccess"),
                        jsonPath("$.expiresIn").ofLong().saveAs("officerExpires"),
                        jsonPath("$.refreshToken").saveAs("officerRefresh"),
                        jsonPath("$.refreshExpiresIn").ofLong().saveAs("officerRefreshExpires"))
                        .exec(session -> {
                            if (session.contains("officerAccess")) {
                                sessions.loggedIn(session.getString(userKey), session.getString("officerAccess"),
                                        session.getLong("officerExpires"), session.getString("officerRefresh"),
                                        session.getLong("officerRefreshExpires"));
                            }
                            return session.removeAll("officerAccess", "officerRefresh");
                        })),
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
                    return session.set(tokenKey, token == null ? "none" : token).removeAll(NEED, BODY);
                });
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
