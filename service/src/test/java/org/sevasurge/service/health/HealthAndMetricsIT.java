package org.sevasurge.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.ServiceExtension;

class HealthAndMetricsIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    @Test
    void readinessReportsTheDatabaseAndEachVolumesFreeBytes() {
        assertThat(SERVICE.client().get("/health/live").statusCode()).isEqualTo(200);
        JsonNode ready = json(SERVICE.client().get("/health/ready"));
        assertThat(ready.get("status").asText()).isIn("UP", "DEGRADED");
        assertThat(ready.get("database").asText()).isEqualTo("UP");
        assertThat(ready.get("brokenPromises"))
                .as("no promise is broken in a normal start")
                .isNull();
        JsonNode volumes = ready.get("volumes");
        assertThat(volumes).as("the document volume and the database's").hasSize(2);
        assertThat(List.of(
                        volumes.get(0).get("name").asText(),
                        volumes.get(1).get("name").asText()))
                .containsExactlyInAnyOrder("documents", "database");
        for (JsonNode volume : volumes) {
            assertThat(volume.get("freeBytes").asLong())
                    .as("free bytes of %s", volume.get("name"))
                    .isPositive();
            assertThat(volume.get("totalBytes").asLong())
                    .as("total bytes of %s", volume.get("name"))
                    .isGreaterThanOrEqualTo(volume.get("freeBytes").asLong());
            assertThat(volume.get("level").asText())
                    .as("level of %s", volume.get("name"))
                    .isIn("OK", "LOW", "HIGH", "FLOOD");
        }
    }

    @Test
    void metricsExposeRequestTimingsStoragePoolAndJvmInPrometheusText() {
        SERVICE.client()
                .submit(SampleSubmissions.applicationJson("INC", "Metric Person"), SampleDocuments.pdf(5_000, 1));
        var response = SERVICE.client().get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        String metrics = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(metrics)
                .as("what the load generator scrapes every second")
                .contains(
                        "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/applications\",status=\"201\"}",
                        "sevasurge_storage_free_bytes{volume=\"documents\"}",
                        "sevasurge_storage_level{volume=\"documents\"}",
                        "sevasurge_storage_free_bytes{volume=\"database\"}",
                        "hikaricp_connections_active",
                        "jvm_memory_used_bytes",
                        "process_cpu_usage",
                        "sevasurge_requests_in_flight");
    }

    @Test
    void eachRoutesHandlingCpuIsCountedAndSummed() {
        SERVICE.client().submit(SampleSubmissions.applicationJson("INC", "Cpu Person"), SampleDocuments.pdf(5_000, 1));
        String metrics = new String(SERVICE.client().get("/metrics").body(), StandardCharsets.UTF_8);
        String route = "{method=\"POST\",route=\"/api/v1/applications\"}";
        assertThat(value(metrics, "sevasurge_request_cpu_seconds_count" + route))
                .as("one CPU measurement per submission so far")
                .isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "sevasurge_request_cpu_seconds_sum" + route))
                .as("a submission (multipart parse, hashing, fsync, insert) costs its thread some CPU")
                .isPositive();
        assertThat(metrics)
                .as("the scrape itself is not measured: it would count the load generator's own traffic")
                .doesNotContain("sevasurge_request_cpu_seconds_count{method=\"GET\",route=\"/metrics\"}");
    }

    private static double value(String metrics, String series) {
        return metrics.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + " not in the scrape:\n" + metrics));
    }

    @Test
    void theOpenApiDescriptionIsServedAndNamesEveryRoute() {
        var response = SERVICE.client().get("/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        String yaml = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(yaml)
                .startsWith("openapi: 3.1")
                .contains(
                        "/api/v1/applications:",
                        "/api/v1/applications/{no}:",
                        "/api/v1/applications/{no}/field-report:",
                        "/api/v1/applications/{no}/decision:",
                        "/api/v1/certificates/{certNo}:",
                        "/api/v1/certificates/{certNo}/verification:",
                        "/V/{number}/{tag}:",
                        "/health/live:",
                        "/health/ready:",
                        "/metrics:");
    }

    @Test
    void unknownPathsAnswerWithAProblem() {
        var response = SERVICE.client().get("/api/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
