package org.sevasurge.testbed.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.HostConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.support.DockerTest;
import org.sevasurge.testbed.support.Figures;
import org.sevasurge.testbed.support.ServiceClient;

/**
 * The containers testbed serving real traffic, crashed and restarted: submissions acknowledged while the service
 * container is killed with SIGKILL and restarted are all read back, documents included; the containers run with
 * the limits asked for; a stopped and restarted database comes back with its data.
 */
@DockerTest
class ContainersTestbedIT {

    private static final int SUBMITTERS = 4;
    private static final int PDF_BYTES = 150_000;

    @Test
    void everyApplicationAcknowledgedAroundAKillOfTheServiceContainerIsReadBackWithItsDocument() throws Exception {
        Path workDir = Path.of(System.getProperty("sevasurge.testbed.dir", "target/testbed-it"), "containers-kill");
        ContainerSettings settings = ContainerSettings.defaults().withService(new ResourceLimits(1, 768L << 20));
        long starting = System.nanoTime();
        try (ContainersTestbed testbed = ContainersTestbed.start(workDir, settings)) {
            long startMillis = (System.nanoTime() - starting) / 1_000_000;
            assertThat(testbed.baseUrl().getHost())
                    .as("every server listens on loopback")
                    .isEqualTo("127.0.0.1");
            assertLimits(testbed, settings);

            ServiceClient client = new ServiceClient(testbed::baseUrl);
            assertThat(client.submitRetrying503(PDF_BYTES).statusCode())
                    .as("warm-up submission")
                    .isEqualTo(201);
            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger failed = new AtomicInteger();
            AtomicBoolean submitting = new AtomicBoolean(true);
            ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
            for (int i = 0; i < SUBMITTERS; i++) {
                submitters.execute(() -> {
                    while (submitting.get()) {
                        try {
                            HttpResponse<String> response = client.submit(PDF_BYTES);
                            if (response.statusCode() == 201) {
                                acknowledged.put(
                                        ServiceClient.field(response.body(), "applicationNo"), response.body());
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            sleep(50);
                        }
                    }
                });
            }
            awaitCount(acknowledged, 20, 60);
            int beforeKill = acknowledged.size();
            testbed.killService();
            long restarting = System.nanoTime();
            testbed.restartService();
            long restartMillis = (System.nanoTime() - restarting) / 1_000_000;
            awaitCount(acknowledged, beforeKill + 20, 60);
            submitting.set(false);
            submitters.shutdown();
            assertThat(submitters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            int readBack = 0;
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                HttpResponse<String> status = client.get(
                        "/api/v1/applications/" + ack.getKey(), ServiceClient.field(ack.getValue(), "accessCode"));
                assertThat(status.statusCode())
                        .as("acknowledged %s must be readable after the kill", ack.getKey())
                        .isEqualTo(200);
                assertThat(ServiceClient.field(status.body(), "payloadSha256"))
                        .as("what was acknowledged is what is stored")
                        .isEqualTo(ServiceClient.field(ack.getValue(), "payloadSha256"));
                readBack++;
            }
            List<String> documents = acknowledged.values().stream()
                    .map(body -> ServiceClient.field(body, "sha256"))
                    .toList();
            assertThat(DocumentFiles.intact(testbed, documents))
                    .as("every acknowledged document is on the volume with its SHA-256")
                    .isEqualTo(documents.size());
            Figures.record(
                    "containers kill",
                    String.format(
                            "start %d ms; %d acknowledged (%d before the kill),"
                                    + " %d failed or refused around it, %d read back with %d documents intact; restart to ready %d ms",
                            startMillis,
                            acknowledged.size(),
                            beforeKill,
                            failed.get(),
                            readBack,
                            documents.size(),
                            restartMillis));

            Map.Entry<String, String> first = acknowledged.entrySet().iterator().next();
            String application = "/api/v1/applications/" + first.getKey();
            String accessCode = ServiceClient.field(first.getValue(), "accessCode");
            testbed.stopDatabase();
            assertThat(client.get("/health/ready").statusCode())
                    .as("not ready without its database")
                    .isNotEqualTo(200);
            testbed.startDatabase();
            assertThat(readWhenReady(client, application, accessCode))
                    .as("the database's data is back after its restart")
                    .isEqualTo(200);
            assertThat(testbed.supports(TestbedOperation.FILL_DOCUMENTS_VOLUME))
                    .as("a volume on the host's disk is never filled")
                    .isFalse();
        }
    }

    private static void assertLimits(ContainersTestbed testbed, ContainerSettings settings) throws Exception {
        DockerClient docker = DockerAvailability.client();
        HostConfig service = hostConfig(docker, testbed, "service");
        assertThat(service.getNanoCPUs())
                .as("one instance is 1 CPU")
                .isEqualTo(settings.service().nanoCpus());
        assertThat(service.getMemory()).as("and 768m").isEqualTo(768L << 20);
        HostConfig postgres = hostConfig(docker, testbed, "postgres");
        assertThat(postgres.getMemory())
                .as("PostgreSQL has its own limit")
                .isEqualTo(settings.database().memoryBytes());
    }

    /** @return the Docker host settings (CPU and memory limits) of the container of {@code role} */
    private static HostConfig hostConfig(DockerClient docker, ContainersTestbed testbed, String role) {
        return docker.inspectContainerCmd(testbed.containerIds().get(role))
                .exec()
                .getHostConfig();
    }

    /** Reads an application as its citizen does (with the access code from its acknowledgement), up to 10 s. */
    static int readWhenReady(ServiceClient client, String path, String accessCode) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
            status = client.get(path, accessCode).statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        return status;
    }

    private static void awaitCount(Map<String, String> acknowledged, int count, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (acknowledged.size() < count) {
            assertThat(System.nanoTime())
                    .as("%d acknowledgements within %d s", count, seconds)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
