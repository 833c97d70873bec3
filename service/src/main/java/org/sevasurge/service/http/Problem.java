package org.sevasurge.service.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). Immutable.
 *
 * @param type    a URI naming the kind of problem (relative, resolved against the service)
 * @param title   a short summary that does not change between occurrences
 * @param status  the HTTP status
 * @param detail  what went wrong this time, for a person
 * @param errors  the fields at fault, when the request was invalid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors,
        String dependency,
        String volume) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field: {@code field} is a JSON-pointer-like path ({@code "applicant.name"},
     * {@code "documents[2]"}, {@code "Idempotency-Key"}), {@code reason} says what is wrong and what is accepted.
     */
    public record FieldError(String field, String reason) {}

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors), dependency, volume);
    }

    public Problem withVolume(String volumeName) {
        return new Problem(type, title, status, detail, errors, dependency, volumeName);
    }

    public Problem withDependency(String dependencyName) {
        return new Problem(type, title, status, detail, errors, dependencyName, volume);
    }
}
