package org.sevasurge.mocks.ekyc;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.sevasurge.mocks.JsonAnswers;
import org.sevasurge.mocks.Responder;

/**
 * Answers an identity check: body {@code {"name", "dateOfBirth" (yyyy-MM-dd), "mobile" (10
 * digits, starting 6-9), "idLast4"? (4 digits)}}; 200 {@code {"match": true|false,
 * "referenceId"}} plus {@code "reason"} on a mismatch; 400 when the body breaks the contract.
 *
 * <p>"No match" is deterministic so the service's tests can reach it: every name starting with
 * {@value #NO_MATCH_PREFIX} (any case) fails. Stateless and thread-safe.
 */
public final class EkycVerifier implements Responder {

    /** The verification endpoint, for {@code POST}. */
    public static final String VERIFY_PATH = "/ekyc/v1/verify";

    /** Applicant names starting with this (any case) never match. */
    public static final String NO_MATCH_PREFIX = "NOMATCH";

    private static final Pattern MOBILE = Pattern.compile("[6-9][0-9]{9}");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    @Override
    public ResponseDefinition respond(Request request) {
        Optional<JsonNode> body = JsonAnswers.readObject(request);
        if (body.isEmpty()) {
            return JsonAnswers.invalid("body must be a JSON object");
        }
        Optional<String> problem = problem(body.get());
        if (problem.isPresent()) {
            return JsonAnswers.invalid(problem.get());
        }
        String name = JsonAnswers.text(body.get(), "name").orElseThrow();
        boolean match = !name.toUpperCase(Locale.ROOT).startsWith(NO_MATCH_PREFIX);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("match", match);
        answer.put("referenceId", referenceId());
        if (!match) {
            answer.put("reason", "DEMOGRAPHIC_MISMATCH");
        }
        return JsonAnswers.json(200, answer);
    }

    private static Optional<String> problem(JsonNode body) {
        if (JsonAnswers.text(body, "name").isEmpty()) {
            return Optional.of("name is required");
        }
        Optional<String> dateOfBirth = JsonAnswers.text(body, "dateOfBirth");
        if (dateOfBirth.isEmpty() || !isPastDate(dateOfBirth.get())) {
            return Optional.of("dateOfBirth must be a past date as yyyy-MM-dd");
        }
        if (!JsonAnswers.text(body, "mobile")
                .map(m -> MOBILE.matcher(m).matches())
                .orElse(false)) {
            return Optional.of("mobile must be 10 digits starting with 6, 7, 8 or 9");
        }
        JsonNode last4 = body.get("idLast4");
        if (last4 != null
                && !last4.isNull()
                && !(last4.isTextual() && LAST4.matcher(last4.asText()).matches())) {
            return Optional.of("idLast4, when given, must be 4 digits as text");
        }
        return Optional.empty();
    }

    private static boolean isPastDate(String text) {
        try {
            return LocalDate.parse(text).isBefore(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String referenceId() {
        long random = ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL;
        return String.format(Locale.ROOT, "EKYC-%012X", random);
    }
}
