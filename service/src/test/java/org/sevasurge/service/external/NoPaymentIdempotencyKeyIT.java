package org.sevasurge.service.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.faults.FaultProfile;
import org.sevasurge.mocks.junit.GovernmentServiceMocksExtension;
import org.sevasurge.mocks.payment.ChargeLedger;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceClient;

/**
 * The "no fee charged twice" check can fail: with the test-only broken promise {@code no-payment-idempotency-key}
 * every payment attempt carries a fresh key, so a gateway that captured a charge but lost its answer (the mocks'
 * {@code flaky} profile) captures it again on the retry. The same load against a service that keeps the promise is
 * charged once per application ({@link ExternalDependenciesIT}'s flaky-gateway test); the resilience scenarios read
 * the same ledger, and their judge fails a run for each application in {@link ChargeLedger#duplicateCaptures()}.
 */
class NoPaymentIdempotencyKeyIT {

    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @RegisterExtension
    static final GovernmentServiceMocksExtension MOCKS = new GovernmentServiceMocksExtension();

    @Test
    void withoutAStableKeyAGatewayThatLosesAnswersChargesTheSameApplicationTwice() throws Exception {
        try (RunningService service = RunningService.start(
                "--external-services", MOCKS.mocks().baseUrl(), "--break-promise", "no-payment-idempotency-key")) {
            MOCKS.mocks().setProfile(ExternalService.PAYMENT, FaultProfile.FLAKY);
            ChargeLedger payments = MOCKS.mocks().payments();
            // A charge loses its first answer with probability 0.2 (4 faults x 5 %), and its retry then charges
            // again. Small batches (a busy machine's eKYC refuses bursts with 503) until one application was charged
            // twice or 120 were acknowledged: this service passes by chance with probability 0.8^120 = 2.3e-12.
            Map<Integer, Integer> answers = new TreeMap<>();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            for (int batch = 1;
                    payments.duplicateCaptures().isEmpty()
                            && answers.getOrDefault(201, 0) < 120
                            && System.nanoTime() < deadline;
                    batch++) {
                submitConcurrently(service.client(), 8, "Keyless Payment " + batch)
                        .forEach(status -> answers.merge(status, 1, Integer::sum));
            }
            assertThat(payments.duplicateCaptures())
                    .as(
                            "applications captured more than once, of %d charges (submissions answered %s)",
                            payments.chargeCount(), answers)
                    .isNotEmpty();
            assertThat(payments.charges())
                    .as("no attempt carried the application's own key")
                    .allSatisfy(charge -> assertThat(charge.idempotencyKey())
                            .startsWith(FeeCollector.idempotencyKey(charge.reference()) + "-"));
        }
    }

    /** @return the submissions' statuses */
    private static List<Integer> submitConcurrently(ServiceClient client, int count, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String applicant = name + " " + i;
                answers.add(pool.submit(() -> client.submit(
                        SampleSubmissions.applicationJson("INC", applicant),
                        SampleDocuments.pdf(20_000, applicant.hashCode()))));
            }
            // A refused submission (eKYC slow on a busy machine: 503) is charged nothing: only the ledger counts.
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
