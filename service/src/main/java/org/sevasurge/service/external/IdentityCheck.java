package org.sevasurge.service.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sevasurge.service.http.Json;
import org.sevasurge.service.http.Problem;
import org.sevasurge.service.http.ProblemException;

/**
 * The eKYC identity check of an applicant at submission. Unavailable eKYC refuses the submission with
 * {@code 503} and {@code Retry-After} (nothing is stored: the caller checks before writing); a mismatch is a
 * {@code 422}. Thread-safe.
 */
public final class IdentityCheck {

    static final int RETRY_AFTER_SECONDS = 5;

    private final Optional<DependencyClient> ekyc;

    public IdentityCheck(ExternalServices services) {
        this.ekyc = services.ekyc();
    }

    /** The eKYC reference of a matching identity; empty when no eKYC is configured. */
    public Optional<String> verify(String name, String dateOfBirth, String mobile) {
        if (ekyc.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("dateOfBirth", dateOfBirth);
        body.put("mobile", mobile);
        DependencyClient client = ekyc.get();
        HttpResponse<byte[]> response;
        try {
            response = client.send(client.request("/ekyc/v1/verify")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body)))
                    .build());
        } catch (DependencyUnavailable e) {
            throw unavailable(e);
        }
        JsonNode answer = JsonAnswer.parse(response);
        if (response.statusCode() != 200 || answer == null || !answer.has("match")) {
            throw unavailable(new DependencyUnavailable("ekyc", "unexpected answer " + response.statusCode(), null));
        }
        if (!answer.get("match").asBoolean()) {
            throw ProblemException.invalidField(
                    422,
                    "applicant",
                    "the identity check (eKYC) did not match: "
                            + answer.path("reason").asText("no reason given")
                            + "; check name, date of birth and mobile");
        }
        return Optional.ofNullable(answer.path("referenceId").textValue());
    }

    static ProblemException unavailable(DependencyUnavailable e) {
        return new ProblemException(
                Problem.of(
                                "/problems/dependency-unavailable",
                                "A government service is" + " unavailable",
                                503,
                                e.getMessage() + "; nothing was stored, retry after the pause")
                        .withDependency(e.dependency()),
                RETRY_AFTER_SECONDS);
    }
}
