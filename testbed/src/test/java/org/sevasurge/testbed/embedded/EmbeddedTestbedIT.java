package org.sevasurge.testbed.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.UnsupportedTestbedOperationException;
import org.sevasurge.testbed.support.ServiceClient;

/**
 * One embedded testbed, up and down: ready, wired to the mocks, its fault operations, and no process left behind.
 */
class EmbeddedTestbedIT {

    @Test
    void startsAReadyServiceThatSurvivesItsFaultOperationsAndLeavesNoProcessBehind() throws Exception {
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "up-and-down");
        Map<String, Long> pids;
        try (EmbeddedTestbed testbed = EmbeddedTestbed.start(workDir, false)) {
            pids = testbed.processIds();
            assertThat(pids)
                    .as("service, mocks and PostgreSQL each run as a process of their own")
                    .containsOnlyKeys("service", "mocks", "postgres");
            assertThat(testbed.baseUrl().getHost()).as("loopback only").isEqualTo("127.0.0.1");

            ServiceClient client = new ServiceClient(testbed::baseUrl);
            HttpResponse<String> ready = client.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).as("database reachable, volumes fine").contains("\"status\":\"UP\"");

            ServiceClient.Acknowledged submitted = client.submitAcknowledged(0);
            assertThat(submitted.body())
                    .as("eKYC passed and the fee was captured by the payment mock")
                    .contains("\"feeStatus\":\"PAID\"");

            // A crash as a test causes one: the JVM gone, then relaunched on the same address for the load to carry on.
            URI before = testbed.baseUrl();
            long crashedPid = testbed.servicePid().orElseThrow();
            testbed.crashService();
            assertThat(alive(crashedPid)).as("SIGKILL: the JVM is gone").isFalse();
            assertThatThrownBy(() -> client.get("/health/live"))
                    .as("nothing answers while it is down")
                    .isInstanceOf(java.io.IOException.class);
            testbed.relaunchService();
            assertThat(testbed.baseUrl())
                    .as("same address, so a load generator can carry on")
                    .isEqualTo(before);
            assertThat(testbed.servicePid().orElseThrow()).as("a new JVM").isNotEqualTo(crashedPid);
            assertThat(client.get(submitted.path(), submitted.accessCode()).statusCode())
                    .as("the application acknowledged before the crash is there")
                    .isEqualTo(200);
            assertThatThrownBy(testbed::relaunchService)
                    .as("a running service is not launched twice")
                    .isInstanceOf(IllegalStateException.class);

            long killed = testbed.servicePid().orElseThrow();
            testbed.killService();
            assertThat(alive(killed))
                    .as("killService() is a SIGKILL of the service JVM")
                    .isFalse();
            testbed.restartService();
            assertThat(client.get(submitted.path(), submitted.accessCode()).statusCode())
                    .as("the restarted service, on the same URL, still has the acknowledged application")
                    .isEqualTo(200);

            testbed.stopDatabase();
            assertThat(client.get("/health/ready").statusCode())
                    .as("not ready without its database")
                    .isNotEqualTo(200);
            HttpResponse<String> withoutDatabase = client.get(submitted.path(), submitted.accessCode());
            assertThat(withoutDatabase.statusCode())
                    .as("a read without the database: come back later, not a crash (%s)", withoutDatabase.body())
                    .isEqualTo(503);
            assertThat(withoutDatabase.headers().firstValue("Retry-After")).isPresent();
            testbed.startDatabase();
            assertThat(readAfterRestart(new ServiceClient(testbed::baseUrl), submitted.path(), submitted.accessCode()))
                    .as("the same data is back after the database restarts")
                    .isEqualTo(200);

            assertThatThrownBy(testbed::fillDocumentsVolume)
                    .as("the documents directory is on the host's disk here: filling it is refused, not done")
                    .isInstanceOf(UnsupportedTestbedOperationException.class)
                    .hasMessageContaining("fillDocumentsVolume()")
                    .hasMessageContaining("containers testbed");
            pids = testbed.processIds();
        }
        for (Map.Entry<String, Long> pid : pids.entrySet()) {
            assertThat(alive(pid.getValue()))
                    .as("%s (pid %d) must be gone after teardown", pid.getKey(), pid.getValue())
                    .isFalse();
        }
        assertThat(workDir.resolve("postgres"))
                .as("data is deleted unless kept")
                .doesNotExist();
        assertThat(workDir.resolve("logs/service.log"))
                .as("logs are kept for a post-mortem")
                .exists();
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The first reads after the database restarts may meet a pooled connection of the old server: those must be
     * 503s (come back), and within seconds reads answer 200.
     */
    private static int readAfterRestart(ServiceClient client, String application, String accessCode) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            HttpResponse<String> read = client.get(application, accessCode);
            if (read.statusCode() != 503 || System.nanoTime() > deadline) {
                return read.statusCode();
            }
            Thread.sleep(200);
        }
    }
}
