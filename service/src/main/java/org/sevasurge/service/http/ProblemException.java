package org.sevasurge.service.http;

import java.util.List;

/**
 * Ends a request with an RFC 9457 problem. Thrown by handlers, rendered by {@link ProblemResponses}.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final Integer retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds for the {@code Retry-After} header, or null when a retry will not help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
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
}
