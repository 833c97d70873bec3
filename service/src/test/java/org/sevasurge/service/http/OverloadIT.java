package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.SampleDocuments;
import org.sevasurge.service.testing.ServiceClient;

/** Beyond the in-flight limit a request is refused at once with 503 and Retry-After; it never hangs. */
class OverloadIT {

    @Test
    void aSubmissionBeyondTheLimitIsRefusedFastWhileStatusChecksStillPass() throws Exception {
        try (RunningService service = RunningService.start(c -> c.withInFlightLimits(8, 1))) {
            ServiceClient client = service.client();
            // A centre on a slow line: its upload has begun but not finished, so it holds the one submission slot.
            try (Socket slow = new Socket("127.0.0.1", service.port())) {
                OutputStream out = slow.getOutputStream();
                out.write(("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Idempotency-Key: slow-upload-0001\r\n"
                        + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 100000\r\n\r\n--xyz\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                awaitSubmissionInFlight(service);

                long start = System.nanoTime();
                HttpResponse<byte[]> refused = client.submit(SampleDocuments.applicationJson("INC", "Second"),
                        SampleDocuments.pdf(1_000, 1));
                long millis = (System.nanoTime() - start) / 1_000_000;

                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(millis).as("refused without waiting for the slow upload (took %d ms)", millis)
                        .isLessThan(5_000);
                assertThat(client.get("/health/live").statusCode()).as("health answers beside a held submission")
                        .isEqualTo(200);
                assertThat(client.get("/api/v1/applications?size=1").statusCode())
                        .as("reads have their own room").isEqualTo(200);
            }
        }
    }

    private static void awaitSubmissionInFlight(RunningService service) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            String metrics = new String(service.client().get("/metrics").body(), StandardCharsets.UTF_8);
            if (metrics.contains("sevasurge_submissions_in_flight 1.0")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the slow upload never took the submission slot");
    }
}
