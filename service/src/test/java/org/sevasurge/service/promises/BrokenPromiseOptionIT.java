package org.sevasurge.service.promises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.ServiceProcess;

/** A broken promise is refused in a real start and impossible to miss in a test's. */
class BrokenPromiseOptionIT {

    @Test
    void theServiceRefusesToStartWithABrokenPromiseUnlessTheEnvironmentAllowsIt() throws Exception {
        Path log = Files.createTempFile("sevasurge-refused", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        ServiceProcess.jar().toString(),
                        "--port",
                        "0",
                        "--break-promise",
                        "skip-document-fsync")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove(BrokenPromises.ALLOW_VARIABLE);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("it exits at once, before opening any data")
                .isTrue();
        assertThat(process.exitValue()).as("a usage error").isEqualTo(2);
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .as("the message says why and how to allow it")
                .contains("--break-promise")
                .contains("SEVASURGE_ALLOW_BROKEN_PROMISES=yes");
    }

    @Test
    void anAllowedBrokenPromiseShowsInTheReadyLineReadinessAndMetrics() throws Exception {
        Path data = Files.createTempDirectory("sevasurge-broken");
        ServiceProcess service = ServiceProcess.startWithEnvironment(
                Map.of(BrokenPromises.ALLOW_VARIABLE, "yes"),
                "--port",
                "0",
                "--data",
                data.toString(),
                "--break-promise",
                "skip-directory-fsync,ack-before-commit");
        try {
            assertThat(service.output())
                    .as("the ready line carries the warning")
                    .anyMatch(line -> line.contains("ready on") && line.contains("BROKEN PROMISES"));
            ServiceClient client = service.client();
            JsonNode ready = json(client.get("/health/ready"));
            assertThat(ready.get("brokenPromises"))
                    .as("readiness names the broken promises")
                    .isNotNull();
            assertThat(List.of(
                            ready.get("brokenPromises").get(0).asText(),
                            ready.get("brokenPromises").get(1).asText()))
                    .containsExactly("skip-directory-fsync", "ack-before-commit");
            String metrics = new String(client.get("/metrics").body(), StandardCharsets.UTF_8);
            assertThat(metrics)
                    .as("a scraper records them")
                    .contains("sevasurge_broken_promise{promise=\"skip-directory-fsync\"} 1")
                    .contains("sevasurge_broken_promise{promise=\"ack-before-commit\"} 1");
        } finally {
            service.stop();
        }
    }
}
