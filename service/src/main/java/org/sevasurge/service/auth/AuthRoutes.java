package org.sevasurge.service.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sevasurge.service.http.JsonFields;
import org.sevasurge.service.http.Problem.FieldError;
import org.sevasurge.service.http.ProblemException;

/**
 * {@code POST /api/v1/auth/login} ({@code {"username","password"}}) and {@code POST /api/v1/auth/refresh}
 * ({@code {"refreshToken"}}): both answer with a bearer access token; the login also with a refresh token.
 */
public final class AuthRoutes {

    private final LoginService logins;

    /**
     * The answer to a login or refresh; lifetimes in seconds.
     *
     * @param refreshToken     only after a login: a refresh keeps the one it was given (it lasts the shift)
     * @param refreshExpiresIn seconds the refresh token lasts from the login; only after a login
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenAnswer(
            String tokenType,
            String accessToken,
            long expiresIn,
            String refreshToken,
            Long refreshExpiresIn,
            OfficerView officer) {}

    /** The officer as the answer shows it. */
    public record OfficerView(String username, String name, List<String> roles, String district, String office) {}

    public AuthRoutes(LoginService logins) {
        this.logins = logins;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login);
        routes.post("/api/v1/auth/refresh", this::refresh);
    }

    private void login(Context ctx) throws Exception {
        JsonNode json = JsonFields.object(ctx.bodyAsBytes(), "login");
        List<FieldError> errors = new ArrayList<>();
        JsonFields.unknownFields(json, Set.of("username", "password"), "", errors);
        String username = JsonFields.text(json, "username", "username", 1, 64, errors);
        String password = JsonFields.text(json, "password", "password", 1, 256, errors);
        failIfInvalid(errors);
        ctx.json(answer(logins.login(username, password)));
    }

    private void refresh(Context ctx) throws Exception {
        JsonNode json = JsonFields.object(ctx.bodyAsBytes(), "refresh");
        List<FieldError> errors = new ArrayList<>();
        JsonFields.unknownFields(json, Set.of("refreshToken"), "", errors);
        String token = JsonFields.text(json, "refreshToken", "refreshToken", 1, 4096, errors);
        failIfInvalid(errors);
        ctx.json(answer(logins.refresh(token)));
    }

    private TokenAnswer answer(LoginService.Login login) {
        OfficerTokens tokens = logins.tokens();
        Officer o = login.officer();
        boolean withRefresh = login.refreshToken() != null;
        return new TokenAnswer(
                "Bearer",
                login.accessToken(),
                tokens.accessLifetime().toSeconds(),
                login.refreshToken(),
                withRefresh ? tokens.refreshLifetime().toSeconds() : null,
                new OfficerView(
                        o.username(),
                        o.name(),
                        o.roles().stream().map(Enum::name).sorted().toList(),
                        o.district(),
                        o.office()));
    }

    private static void failIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(422, "the request has invalid fields", errors);
        }
    }
}
