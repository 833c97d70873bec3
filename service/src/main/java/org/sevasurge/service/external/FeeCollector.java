package org.sevasurge.service.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures an application's fee at the payment gateway. The idempotency key is derived from the application
 * number, so the call at submission, its retry and any later reconciliation all carry the same key and the
 * gateway charges at most once. When the gateway is unavailable the fee stays {@code PENDING} (the centre
 * collected it in cash) and {@link FeeReconciler} tries again later. Thread-safe.
 */
public final class FeeCollector {

    private static final Logger LOG = LoggerFactory.getLogger(FeeCollector.class);

    private final Optional<DependencyClient> payment;
    private final Database database;

    /** What became of a fee after one attempt. */
    public enum Outcome {
        PAID,
        DECLINED,
        PENDING
    }

    public FeeCollector(ExternalServices services, Database database) {
        this.payment = services.payment();
        this.database = database;
    }

    public static String idempotencyKey(String applicationNo) {
        return "fee-" + applicationNo;
    }

    /** Charges {@code feePaise} for the application and records the outcome; never throws for the gateway. */
    public Outcome collect(String applicationNo, int feePaise) throws SQLException {
        if (payment.isEmpty() || feePaise <= 0) {
            return Outcome.PENDING;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", applicationNo);
        body.put("amountPaise", feePaise);
        body.put("currency", "INR");
        DependencyClient client = payment.get();
        HttpResponse<byte[]> response;
        try {
            response = client.send(client.request("/payments/v1/charges")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey(applicationNo))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body)))
                    .build());
        } catch (DependencyUnavailable e) {
            LOG.debug("fee of {} left pending: {}", applicationNo, e.getMessage());
            return Outcome.PENDING;
        }
        JsonNode answer = JsonAnswer.parse(response);
        if (response.statusCode() == 201
                && answer != null
                && "CAPTURED".equals(answer.path("status").asText())) {
            record(applicationNo, "PAID", answer.path("chargeId").asText(null));
            return Outcome.PAID;
        }
        if (response.statusCode() == 402) {
            record(
                    applicationNo,
                    "DECLINED",
                    answer == null ? null : answer.path("chargeId").asText(null));
            return Outcome.DECLINED;
        }
        LOG.warn("payment gateway answered {} for {}; fee left pending", response.statusCode(), applicationNo);
        return Outcome.PENDING;
    }

    private void record(String applicationNo, String status, String chargeId) throws SQLException {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE applications SET fee_status = ?, fee_charge_id = ?"
                    + " WHERE application_no = ? AND fee_status = 'PENDING'")) {
                ps.setString(1, status);
                ps.setString(2, chargeId);
                ps.setString(3, applicationNo);
                return ps.executeUpdate();
            }
        });
    }
}
