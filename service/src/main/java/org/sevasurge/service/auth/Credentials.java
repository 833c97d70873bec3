package org.sevasurge.service.auth;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.sevasurge.service.http.ProblemException;

/**
 * The credentials of one request: an officer's {@code Authorization: Bearer} access token, or a citizen's
 * {@code Access-Code} header. Each check ends the request with a {@code 401} (none, or not valid) or {@code 403}
 * (valid, but not for this) problem when it fails. No check touches the database. Thread-safe.
 */
public final class Credentials {

    /** The header a citizen sends the access code in. */
    public static final String ACCESS_CODE_HEADER = "Access-Code";

    private final OfficerTokens tokens;
    private final AccessCodes accessCodes;
    private final Counter refusedUnauthenticated;
    private final Counter refusedForbidden;

    public Credentials(OfficerTokens tokens, AccessCodes accessCodes, MeterRegistry registry) {
        this.tokens = tokens;
        this.accessCodes = accessCodes;
        this.refusedUnauthenticated = Counter.builder("sevasurge.auth.refusals")
                .tag("status", "401")
                .description("requests refused for missing or invalid credentials (401) or lacking a right (403)")
                .register(registry);
        this.refusedForbidden =
                Counter.builder("sevasurge.auth.refusals").tag("status", "403").register(registry);
    }

    public AccessCodes accessCodes() {
        return accessCodes;
    }

    /** The officer whose valid token the request carries; empty when it carries no {@code Authorization}. */
    public Optional<Officer> officer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthenticated("the Authorization header must be 'Bearer <access token>'", true);
        }
        try {
            return Optional.of(tokens.verifyAccess(header.substring(7).trim()));
        } catch (OfficerTokens.Refused e) {
            throw unauthenticated("the bearer token is refused: " + e.getMessage(), true);
        }
    }

    /** The officer behind the request, whatever their role. */
    public Officer requireOfficer(Context ctx) {
        return officer(ctx)
                .orElseThrow(() -> unauthenticated(
                        "this needs an officer's bearer token:"
                                + " log in with POST /api/v1/auth/login and send 'Authorization: Bearer <accessToken>'",
                        false));
    }

    /** The officer behind the request, who must hold {@code role}. */
    public Officer require(Context ctx, Role role) {
        Officer officer = requireOfficer(ctx);
        if (!officer.has(role)) {
            throw forbidden(
                    officer.username() + " is not " + (role == Role.INSPECTOR ? "an inspector" : "an approving officer")
                            + " (roles: " + officer.roles() + ")");
        }
        return officer;
    }

    /** Refuses an officer acting outside the district of the record. */
    public void requireDistrict(Officer officer, String district, String what) {
        if (!officer.district().equals(district)) {
            throw forbidden(officer.username() + " acts in district " + officer.district() + "; " + what
                    + " is in district " + district);
        }
    }

    /**
     * Lets the request through with the right citizen access code for {@code applicationNo}; {@code what} names
     * the resource for the answer when it does not.
     */
    public void requireAccessCode(Context ctx, String applicationNo, String what) {
        String code = ctx.header(ACCESS_CODE_HEADER);
        if (code == null || code.isBlank()) {
            throw unauthenticated(
                    what + " is shown only with the application's access code (header "
                            + ACCESS_CODE_HEADER + ", printed on the acknowledgement and sent by SMS) or an officer's"
                            + " bearer token",
                    false);
        }
        if (!accessCodes.matches(applicationNo, code)) {
            throw forbidden("the access code does not belong to application " + applicationNo);
        }
    }

    private ProblemException unauthenticated(String detail, boolean tokenRefused) {
        refusedUnauthenticated.increment();
        return ProblemException.unauthenticated(detail, tokenRefused);
    }

    /** A 403 problem, counted: the caller is known but may not do this. */
    public ProblemException forbidden(String detail) {
        refusedForbidden.increment();
        return ProblemException.forbidden(detail);
    }
}
