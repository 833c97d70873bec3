package org.sevasurge.cli.injector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FastSinkTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aSubmissionIsReadToTheEndAndAnsweredAsTheJourneyExpects() throws Exception {
        try (FastSink sink = FastSink.start()) {
            long before = System.currentTimeMillis();
            byte[] body = new byte[700_000];

            HttpResponse<String> first = post(sink.baseUrl(), body);
            HttpResponse<String> second = post(sink.baseUrl(), body);

            assertThat(sink.baseUrl().getHost()).as("loopback only").isEqualTo("127.0.0.1");
            assertThat(first.statusCode()).isEqualTo(201);
            JsonNode ack = new ObjectMapper().readTree(first.body());
            assertThat(ack.get("applicationNo").asText())
                    .isNotBlank()
                    .isNotEqualTo(new ObjectMapper()
                            .readTree(second.body())
                            .get("applicationNo")
                            .asText());
            assertThat(ack.has("payloadSha256")).isTrue();
            assertThat(ack.get("accessCode").asText()).isNotBlank();
            assertThat(sink.submissions()).isEqualTo(2);
            assertThat(sink.bodyBytes())
                    .as("every byte of both bodies was read")
                    .isEqualTo(2L * body.length);
            assertThat(sink.submissionsBetween(before - 2_000, System.currentTimeMillis() + 2_000))
                    .as("counted in the seconds they completed")
                    .isEqualTo(2);
        }
    }

    @Test
    void theMetricsScrapeAndAnythingButAPostAreAnsweredWithoutCounting() throws Exception {
        try (FastSink sink = FastSink.start()) {
            HttpResponse<String> metrics = client.send(
                    HttpRequest.newBuilder(sink.baseUrl().resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> get = client.send(
                    HttpRequest.newBuilder(sink.baseUrl().resolve(FastSink.SUBMIT_PATH))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(sink.submissions()).isZero();
        }
    }

    private HttpResponse<String> post(URI base, byte[] body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(base.resolve(FastSink.SUBMIT_PATH))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
