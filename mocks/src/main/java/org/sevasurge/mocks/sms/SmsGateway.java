package org.sevasurge.mocks.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.sevasurge.mocks.JsonAnswers;
import org.sevasurge.mocks.Responder;

/**
 * Accepts an SMS for delivery: body {@code {"to": 10-digit mobile (optionally +91), "text": 1 to
 * 1000 characters, "templateId"?}}; 202 {@code {"messageId", "status": "QUEUED"}}; 400 when the
 * body breaks the contract. Nothing is delivered, and nothing is kept, so memory stays flat.
 *
 * <p>Thread-safe.
 */
public final class SmsGateway implements Responder {

    /** Where messages are submitted, by {@code POST}. */
    public static final String MESSAGES_PATH = "/sms/v1/messages";

    private static final Pattern MOBILE = Pattern.compile("(\\+91)?[6-9][0-9]{9}");
    private static final int MAX_TEXT_LENGTH = 1000;

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public ResponseDefinition respond(Request request) {
        Optional<JsonNode> body = JsonAnswers.readObject(request);
        if (body.isEmpty()) {
            return JsonAnswers.invalid("body must be a JSON object");
        }
        if (!JsonAnswers.text(body.get(), "to")
                .map(to -> MOBILE.matcher(to).matches())
                .orElse(false)) {
            return JsonAnswers.invalid("to must be a 10-digit mobile number, optionally with +91");
        }
        Optional<String> text = JsonAnswers.text(body.get(), "text");
        if (text.isEmpty() || text.get().length() > MAX_TEXT_LENGTH) {
            return JsonAnswers.invalid("text is required, at most " + MAX_TEXT_LENGTH + " characters");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messageId", String.format(Locale.ROOT, "SMS-%012d", sequence.incrementAndGet()));
        answer.put("status", "QUEUED");
        return JsonAnswers.json(202, answer);
    }
}
