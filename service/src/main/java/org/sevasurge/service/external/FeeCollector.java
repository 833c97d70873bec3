package org.sevasurge.service.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sevasurge.service.database.Database;
import org.sevasurge.service.http.Json;
import org.sevasurge.service.promises.BrokenPromise;
import org.sevasurge.service.promises.BrokenPromises;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures an application's fee at the payment gateway. The idempotency key is derived from the application
 * number, so the call at submission, its retry and any later reconciliation all carry the same key and the
 * gateway charges at most once. When the gateway is unavailable the fee stays {@code PENDING} (the centre
 * collected it in cash) and {@link FeeReconciler} tries again later. The test-only broken promise
 * {@link BrokenPromise#NO_PAYMENT_IDEMPOTENCY_KEY} gives every attempt a fresh key instead, as a service without
 * idempotency would. Thread-safe.
 */
public final class FeeCollector {

    private static final Logger LOG = LoggerFactory.getLogger(FeeCollector.class);

    private final Optional<DependencyClient> payment;
    private final Database database;
    private final boolean stableKey;

    /** What became of a fee after one attempt. */
    public enum Outcome {
        PAID,
        DECLINED,
        PENDING
    }

    public FeeCollector(ExternalServices services, Database database, BrokenPromises promises) {
        this.payment = services.payment();
        this.database = database;
        this.stableKey = !promises.breaks(BrokenPromise.NO_PAYMENT_IDEMPOTENCY_KEY);
    }

    public static String idempotencyKey(String applicationNo) {
        return "fee-" + applicationNo;
    }

    private String attemptKey(String applicationNo) {
        return stableKey ? idempotencyKey(applicationNo) : idempotencyKey(applicationNo) + "-" + UUID.randomUUID();
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
            byte[] json = Json.bytes(body);
            // Built per attempt, so that the broken promise's fresh key reaches the retry too.
            response = client.send(() -> client.request("/payments/v1/charges")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", attemptKey(applicationNo))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json))
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
