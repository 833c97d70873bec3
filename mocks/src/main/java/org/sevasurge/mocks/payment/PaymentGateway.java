package org.sevasurge.mocks.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sevasurge.mocks.JsonAnswers;
import org.sevasurge.mocks.Routes;

/**
 * The answers of the simulated payment gateway (contract in the module README): capture a fee
 * once per {@code Idempotency-Key}, report a charge's status. Thread-safe: all state is in the
 * {@link ChargeLedger}.
 */
final class PaymentGateway {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final long MAX_AMOUNT_PAISE = 1_000_000_000L;

    private final ChargeLedger ledger;

    PaymentGateway(ChargeLedger ledger) {
        this.ledger = ledger;
    }

    ResponseDefinition charge(Request request) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null || !KEY.matcher(key).matches()) {
            return JsonAnswers.error(
                    400,
                    "MISSING_IDEMPOTENCY_KEY",
                    "header Idempotency-Key is required: 1 to 255 visible ASCII characters");
        }
        Optional<JsonNode> body = JsonAnswers.readObject(request);
        Optional<String> reference = body.flatMap(b -> JsonAnswers.text(b, "reference"));
        JsonNode amount = body.map(b -> b.get("amountPaise")).orElse(null);
        if (reference.isEmpty() || reference.get().length() > 100) {
            return JsonAnswers.invalid("reference is required, at most 100 characters");
        }
        if (amount == null
                || !amount.canConvertToLong()
                || !amount.isIntegralNumber()
                || amount.asLong() <= 0
                || amount.asLong() > MAX_AMOUNT_PAISE) {
            return JsonAnswers.invalid("amountPaise must be a whole number from 1 to " + MAX_AMOUNT_PAISE);
        }
        Optional<String> currency = body.flatMap(b -> JsonAnswers.text(b, "currency"));
        if (currency.isPresent() && !"INR".equals(currency.get())) {
            return JsonAnswers.invalid("currency, when given, must be INR");
        }
        ChargeLedger.Result result = ledger.charge(key, reference.get(), amount.asLong());
        Charge charge = result.charge();
        if (!charge.reference().equals(reference.get()) || charge.amountPaise() != amount.asLong()) {
            return JsonAnswers.error(
                    409,
                    "IDEMPOTENCY_KEY_REUSED",
                    "Idempotency-Key " + key + " was already used for another reference or amount");
        }
        return JsonAnswers.jsonBuilder(charge.captured() ? 201 : 402, body(charge))
                .withHeader("Location", PaymentStubs.CHARGES_PATH + "/" + key)
                .withHeader("Idempotent-Replayed", String.valueOf(!result.created()))
                .build();
    }

    ResponseDefinition status(Request request) {
        String key = Routes.lastPathSegment(request);
        return ledger.find(key)
                .map(charge -> JsonAnswers.json(200, body(charge)))
                .orElseGet(() -> JsonAnswers.error(404, "CHARGE_NOT_FOUND", "no charge with Idempotency-Key " + key));
    }

    static Map<String, Object> body(Charge charge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chargeId", charge.chargeId());
        body.put("idempotencyKey", charge.idempotencyKey());
        body.put("reference", charge.reference());
        body.put("amountPaise", charge.amountPaise());
        body.put("currency", "INR");
        body.put("status", charge.status());
        if (!charge.captured()) {
            body.put("declineCode", "INSUFFICIENT_FUNDS");
        }
        body.put("createdAt", charge.createdAt().toString());
        return body;
    }
}
