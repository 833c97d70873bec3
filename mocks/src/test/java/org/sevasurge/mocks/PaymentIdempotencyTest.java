package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.faults.FaultSettings;
import org.sevasurge.mocks.faults.Latency;
import org.sevasurge.mocks.junit.GovernmentServiceMocksExtension;
import org.sevasurge.mocks.payment.Charge;

class PaymentIdempotencyTest {

    @RegisterExtension
    static final GovernmentServiceMocksExtension MOCKS = new GovernmentServiceMocksExtension(MockOptions.defaults()
            .faults(FaultSettings.defaults()
                    .withHealthyLatency(Latency.logNormal(2, 0.1))
                    // Every flaky request loses its answer, to test the worst case of a retry.
                    .withFlakyRatePerFault(0.25)));

    private final TestClient client = new TestClient(MOCKS.mocks().baseUrl());

    @Test
    void theSameIdempotencyKeyTwiceMakesOneCharge() {
        TestClient.Outcome first = charge("key-1", "APP-1", 3000);
        TestClient.Outcome second = charge("key-1", "APP-1", 3000);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).as("a retry gets the original charge back").isEqualTo(first.body());
        assertThat(second.response().headers().firstValue("Idempotent-Replayed"))
                .hasValue("true");
        assertThat(MOCKS.mocks().payments().chargeCount()).isEqualTo(1);
        assertThat(MOCKS.mocks().payments().find("key-1"))
                .get()
                .extracting(Charge::requests)
                .isEqualTo(2);
    }

    @Test
    void theLedgerEndpointShowsOneChargeForARepeatedKey() {
        charge("key-2", "APP-2", 3000);
        charge("key-2", "APP-2", 3000);

        TestClient.Outcome ledger = client.get("/__sevasurge/payments/charges?key=key-2");

        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.body())
                .contains("\"chargeCount\":1")
                .contains("\"duplicateCaptures\":{}")
                .contains("\"requests\":2");
    }

    @Test
    void theLedgerExposesAReferenceCapturedUnderTwoKeys() {
        charge("key-a", "APP-3", 3000);
        charge("key-b", "APP-3", 3000);

        assertThat(MOCKS.mocks().payments().duplicateCaptures())
                .as("a client that changes its key on retry double-charges, and the ledger must show it")
                .containsEntry("APP-3", 2L);
        assertThat(client.get("/__sevasurge/payments/charges").body()).contains("\"duplicateCaptures\":{\"APP-3\":2}");
    }

    @Test
    void aRetryAfterALostAnswerFindsTheChargeAlreadyMade() {
        MOCKS.mocks().setProfile(ExternalService.PAYMENT, FaultProfile.FLAKY);
        TestClient.Outcome lost = charge("key-4", "APP-4", 5000);
        client.switchProfile("payment", "healthy");
        TestClient.Outcome retry = charge("key-4", "APP-4", 5000);

        assertThat(lost.failed())
                .as("flaky at 4 x 25 %% loses every answer: %s", lost)
                .isTrue();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.response().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(MOCKS.mocks().payments().chargeCount()).isEqualTo(1);
    }

    @Test
    void theStatusOfAChargeIsFoundByItsKey() {
        charge("key-5", "APP-5", 3000);

        assertThat(client.get("/payments/v1/charges/key-5").body()).contains("\"status\":\"CAPTURED\"");
        assertThat(client.get("/payments/v1/charges/no-such-key").status()).isEqualTo(404);
    }

    @Test
    void reusingAKeyForAnotherAmountIsAConflict() {
        charge("key-6", "APP-6", 3000);

        assertThat(charge("key-6", "APP-6", 9000).status()).isEqualTo(409);
        assertThat(MOCKS.mocks().payments().chargeCount()).isEqualTo(1);
    }

    @Test
    void aChargeWithoutAnIdempotencyKeyIsRefused() {
        TestClient.Outcome outcome = client.post("/payments/v1/charges", Payloads.charge("APP-7", 3000));

        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.body()).contains("MISSING_IDEMPOTENCY_KEY");
        assertThat(MOCKS.mocks().payments().chargeCount()).isZero();
    }

    @Test
    void aReferenceStartingWithDeclineIsDeclinedWith402() {
        TestClient.Outcome outcome = charge("key-8", "DECLINE-APP-8", 3000);

        assertThat(outcome.status()).isEqualTo(402);
        assertThat(outcome.body()).contains("\"status\":\"DECLINED\"");
        assertThat(MOCKS.mocks().payments().capturedByReference()).isEmpty();
    }

    private TestClient.Outcome charge(String key, String reference, long amountPaise) {
        return client.post("/payments/v1/charges", Payloads.charge(reference, amountPaise), "Idempotency-Key", key);
    }
}
