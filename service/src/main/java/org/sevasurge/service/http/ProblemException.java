package org.sevasurge.service.http;

import java.util.List;
import java.util.Map;

/**
 * Ends a request with an RFC 9457 problem. Thrown by handlers, rendered by {@link ProblemResponses}.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final Integer retryAfterSeconds;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Integer retryAfterSeconds) {
        this(problem, retryAfterSeconds, Map.of());
    }

    private ProblemException(Problem problem, Integer retryAfterSeconds, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds for the {@code Retry-After} header, or null when a retry will not help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Further response headers, e.g. {@code WWW-Authenticate} on a 401. */
    public Map<String, String> headers() {
        return headers;
    }

    /** 400/422 with the fields at fault. */
    public static ProblemException invalid(int status, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of("/problems/invalid-request", "The request is not valid", status, detail)
                .withErrors(errors));
    }

    public static ProblemException invalidField(int status, String field, String reason) {
        return invalid(status, field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of("/problems/not-found", "Not found", 404, what + " does not exist"));
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(Problem.of(type, title, 409, detail));
    }

    /**
     * 401: no credentials, or credentials that are not valid. {@code WWW-Authenticate} names the bearer scheme
     * (RFC 6750), with {@code error="invalid_token"} when a token was sent but refused.
     */
    public static ProblemException unauthenticated(String detail, boolean tokenRefused) {
        String challenge = "Bearer realm=\"sevasurge\"" + (tokenRefused ? ", error=\"invalid_token\"" : "");
        return new ProblemException(
                Problem.of("/problems/unauthenticated", "Authentication required", 401, detail),
                null,
                Map.of("WWW-Authenticate", challenge));
    }

    /** 403: the caller is known but may not do this (wrong role, district, or its own report). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of("/problems/forbidden", "Not allowed", 403, detail));
    }
}
