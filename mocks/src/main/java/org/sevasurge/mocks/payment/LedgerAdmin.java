package org.sevasurge.mocks.payment;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sevasurge.mocks.JsonAnswers;

/**
 * The admin view of the payment ledger, {@code /__sevasurge/payments/charges}: lets a test or a
 * run's verdict check that no key made two charges and no reference was captured twice.
 * Thread-safe.
 */
final class LedgerAdmin {

    private final ChargeLedger ledger;

    LedgerAdmin(ChargeLedger ledger) {
        this.ledger = ledger;
    }

    ResponseDefinition show(Request request) {
        String key = single(request.queryParameter("key"));
        String reference = single(request.queryParameter("reference"));
        List<Map<String, Object>> charges = ledger.charges().stream()
                .filter(c -> key == null || c.idempotencyKey().equals(key))
                .filter(c -> reference == null || c.reference().equals(reference))
                .map(LedgerAdmin::entry)
                .collect(Collectors.toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chargeCount", ledger.chargeCount());
        body.put("duplicateCaptures", ledger.duplicateCaptures());
        body.put("charges", charges);
        return JsonAnswers.json(200, body);
    }

    ResponseDefinition clear() {
        ledger.clear();
        return ResponseDefinition.noContent();
    }

    private static Map<String, Object> entry(Charge charge) {
        Map<String, Object> entry = PaymentGateway.body(charge);
        entry.put("requests", charge.requests());
        return entry;
    }

    private static String single(QueryParameter parameter) {
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
    }
}
