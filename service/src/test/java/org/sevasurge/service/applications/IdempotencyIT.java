package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceExtension;

class IdempotencyIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    @Test
    void aRetryWithTheSameKeyAndPayloadReturnsTheSameApplication() throws Exception {
        Resent submission = Resent.of("SCST", "Retry Person", SampleDocuments.pdf(50_000, 7));
        long before = SERVICE.service().count("applications");

        HttpResponse<byte[]> first = submission.send();
        HttpResponse<byte[]> retry = submission.send();

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).as("a retry gets the same answer").isEqualTo(201);
        assertThat(json(retry).get("applicationNo").asText())
                .isEqualTo(json(first).get("applicationNo").asText());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(SERVICE.service().count("applications") - before)
                .as("one application, not two")
                .isEqualTo(1);
        assertThat(SERVICE.service().uploadLeftovers(Duration.ofSeconds(5)))
                .as("the retry's uploaded copy was discarded, spool too")
                .isZero();
    }

    @Test
    void theSameKeyWithAnotherPayloadIsAConflictAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<byte[]> first = SERVICE.client()
                .submit(key, SampleSubmissions.applicationJson("INC", "First Person"), SampleDocuments.pdf(30_000, 11));
        assertThat(first.statusCode()).isEqualTo(201);
        RunningService.Stored before = SERVICE.service().stored();

        HttpResponse<byte[]> conflict = SERVICE.client()
                .submit(key, SampleSubmissions.applicationJson("INC", "Other Person"), SampleDocuments.pdf(30_000, 12));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(conflict).get("detail").asText())
                .contains(json(first).get("applicationNo").asText());
        SERVICE.service().assertStoredNothingSince(before, "a conflicting retry");
    }

    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOneApplication() throws Exception {
        Resent submission = Resent.of("BIR", "Race Person", SampleDocuments.jpeg(40_000, 21));
        long before = SERVICE.service().count("applications");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(submission::send));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                assertThat(response.statusCode())
                        .as(new String(response.body()))
                        .isEqualTo(201);
                numbers.add(json(response).get("applicationNo").asText());
            }
            assertThat(numbers).as("every racer got the same application").containsOnly(numbers.get(0));
            assertThat(SERVICE.service().count("applications") - before).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One submission as a centre sends it again and again: the same Idempotency-Key, form and document. */
    private record Resent(String key, String form, byte[] document) {
        static Resent of(String serviceCode, String applicant, byte[] document) {
            return new Resent(
                    UUID.randomUUID().toString(), SampleSubmissions.applicationJson(serviceCode, applicant), document);
        }

        HttpResponse<byte[]> send() {
            return SERVICE.client().submit(key, form, document);
        }
    }
}
