package org.sevasurge.testbed.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One embedded testbed, up and down: ready, wired to the mocks, and leaving no process behind. */
class EmbeddedTestbedIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAReadyServiceThatPaysFeesThroughTheMocksAndLeavesNoProcessBehind() throws Exception {
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "up-and-down");
        Map<String, Long> pids;
        try (EmbeddedTestbed testbed = EmbeddedTestbed.start(workDir, false)) {
            pids = testbed.processIds();
            assertThat(pids).as("service, mocks and PostgreSQL each run as a process of their own")
                    .containsOnlyKeys("service", "mocks", "postgres");
            assertThat(testbed.baseUrl().getHost()).as("loopback only").isEqualTo("127.0.0.1");

            HttpResponse<String> ready = get(testbed.baseUrl() + "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).as("database reachable, volumes fine").contains("\"status\":\"UP\"");

            // A cold mocks JVM may miss the service's 1 s eKYC timeout once: retry 503s, as a centre operator does.
            HttpResponse<String> submitted = submit(testbed.baseUrl());
            for (int attempt = 1; attempt < 5 && submitted.statusCode() == 503; attempt++) {
                Thread.sleep(1000);
                submitted = submit(testbed.baseUrl());
            }
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            assertThat(submitted.body()).as("eKYC passed and the fee was captured by the payment mock")
                    .contains("\"feeStatus\":\"PAID\"");
        }
        for (Map.Entry<String, Long> pid : pids.entrySet()) {
            assertThat(ProcessHandle.of(pid.getValue()).map(ProcessHandle::isAlive).orElse(false))
                    .as("%s (pid %d) must be gone after teardown", pid.getKey(), pid.getValue()).isFalse();
        }
        assertThat(workDir.resolve("postgres")).as("data is deleted unless kept").doesNotExist();
        assertThat(workDir.resolve("logs/service.log")).as("logs are kept for a post-mortem").exists();
    }

    @Test
    void aServiceCrashedWithSigkillIsRelaunchedOnTheSameAddressWithItsAcknowledgedApplications() throws Exception {
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "crash-relaunch");
        try (EmbeddedTestbed testbed = EmbeddedTestbed.start(workDir, false)) {
            URI before = testbed.baseUrl();
            HttpResponse<String> submitted = submit(before);
            for (int attempt = 1; attempt < 5 && submitted.statusCode() == 503; attempt++) {
                Thread.sleep(1000);
                submitted = submit(before);
            }
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            String number = submitted.body().replaceAll(".*\"applicationNo\":\"([^\"]+)\".*", "$1");
            String accessCode = submitted.body().replaceAll(".*\"accessCode\":\"([^\"]+)\".*", "$1");
            long crashedPid = testbed.servicePid().orElseThrow();

            testbed.crashService();

            assertThat(ProcessHandle.of(crashedPid).map(ProcessHandle::isAlive).orElse(false))
                    .as("SIGKILL: the JVM is gone").isFalse();
            assertThatThrownBy(() -> get(before + "/health/live")).as("nothing answers while it is down")
                    .isInstanceOf(java.io.IOException.class);

            testbed.relaunchService();

            assertThat(testbed.baseUrl()).as("same address, so a load generator can carry on").isEqualTo(before);
            assertThat(testbed.servicePid().orElseThrow()).as("a new JVM").isNotEqualTo(crashedPid);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(before + "/api/v1/applications/" + number))
                    .header("Access-Code", accessCode).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("the application acknowledged before the crash is there").isEqualTo(200);
            assertThatThrownBy(testbed::relaunchService).as("a running service is not launched twice")
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(URI baseUrl) throws Exception {
        String boundary = "sevasurge-testbed-it";
        String application = "{\"serviceCode\":\"INC\",\"centreId\":\"LSK-0001\",\"district\":\"BALOD\",\"applicant\":"
                + "{\"name\":\"Sunita Sahu\",\"guardianName\":\"Ramesh Sahu\",\"dateOfBirth\":\"2006-04-12\","
                + "\"mobile\":\"9876543210\"}}";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + application + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"p.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 sample\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/applications"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Idempotency-Key", "testbed-it-" + System.nanoTime())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
