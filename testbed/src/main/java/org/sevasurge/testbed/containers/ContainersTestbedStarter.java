package org.sevasurge.testbed.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HostConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.sevasurge.service.ReadyLine;
import org.sevasurge.testbed.embedded.ModuleJars;
import org.sevasurge.testbed.health.MocksWarmUp;
import org.sevasurge.testbed.health.Readiness;
import org.sevasurge.testbed.images.BaseImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * Brings a {@link ContainersTestbed} up: removes what dead owners left, chooses the images, builds the service and
 * mocks images from their jars, starts PostgreSQL, the mocks and the volume keeper at once, then the service, and
 * waits for {@code GET /health/ready}. Used once, from one thread.
 */
final class ContainersTestbedStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ContainersTestbedStarter.class);
    private static final String DATABASE = "sevasurge";
    private static final String SERVICE_DATA = "/var/lib/sevasurge";

    private final Path workDir;
    private final ContainerSettings settings;

    ContainersTestbedStarter(Path workDir, ContainerSettings settings) {
        this.workDir = workDir;
        this.settings = settings;
    }

    ContainersTestbed start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        ModuleJars jars = ModuleJars.locate();
        DockerClient docker = DockerAvailability.client();
        Files.createDirectories(workDir);
        int orphans = new Leftovers(docker).removeOrphans();
        if (orphans > 0) {
            LOG.warn("removed {} containers left by testbeds whose JVM no longer runs", orphans);
        }
        String postgresImage = settings.postgresImage() != null
                ? settings.postgresImage()
                : BaseImage.POSTGRES.choose(image -> present(docker, image));
        String jreImage = settings.jreImage() != null
                ? settings.jreImage()
                : BaseImage.JRE.choose(image -> present(docker, image));
        Labels labels = Labels.fresh();
        ContainersTestbed testbed = new ContainersTestbed(labels, workDir, docker);
        String stage = "preparing";
        try {
            stage = "building the service and mocks images on " + jreImage;
            String serviceImage = JarImage.resolve(docker, "service", jars.service(), jreImage, 66.7);
            String mocksImage = JarImage.resolve(docker, "mocks", jars.mocks(), jreImage, 50);

            int databasePort = FreePorts.next();
            int mocksPort = FreePorts.next();
            int servicePort = FreePorts.next();
            String password = UUID.randomUUID().toString();

            stage = "creating the documents volume";
            DocumentsVolume documents =
                    DocumentsVolume.create(docker, labels, settings.documentsVolumeBytes(), jreImage);
            testbed.documents(documents);

            LoopbackPostgreSQLContainer postgres = new LoopbackPostgreSQLContainer(postgresImage, databasePort);
            postgres.withDatabaseName(DATABASE)
                    .withUsername(DATABASE)
                    .withPassword(password)
                    .withLabels(labels.asMap())
                    .withCreateContainerCmdModifier(cmd -> limit(cmd.getHostConfig(), settings.database()));
            GenericContainer<?> mocks = new GenericContainer<>(DockerImageName.parse(mocksImage))
                    .withNetworkMode("host")
                    .withLabels(labels.asMap())
                    .withCommand("--port", String.valueOf(mocksPort), "--profile", "healthy", "--journal-entries", "0")
                    .withCreateContainerCmdModifier(cmd -> limit(cmd.getHostConfig(), settings.mocks()))
                    .waitingFor(Wait.forLogMessage(ReadyLine.logLineRegex("sevasurge-mocks"), 1)
                            .withStartupTimeout(Duration.ofSeconds(90)));
            testbed.register("postgres", postgres);
            testbed.register("mocks", mocks);
            testbed.register("keeper", documents.keeper());
            stage = "starting PostgreSQL (" + postgresImage + "), the mocks and the documents volume";
            Startables.deepStart(postgres, mocks, documents.keeper()).join();
            MocksWarmUp.warm(URI.create("http://127.0.0.1:" + mocksPort));

            URI serviceUrl = URI.create("http://127.0.0.1:" + servicePort);
            GenericContainer<?> service = new GenericContainer<>(DockerImageName.parse(serviceImage))
                    .withNetworkMode("host")
                    .withLabels(labels.asMap())
                    .withCommand(
                            "--host",
                            "127.0.0.1",
                            "--port",
                            String.valueOf(servicePort),
                            "--db-url",
                            postgres.getJdbcUrl(),
                            "--db-user",
                            DATABASE,
                            "--db-password",
                            password,
                            "--external-services",
                            "http://127.0.0.1:" + mocksPort,
                            "--data",
                            SERVICE_DATA,
                            "--documents",
                            DocumentsVolume.SERVICE_PATH,
                            "--public-url",
                            serviceUrl.toString())
                    .withCreateContainerCmdModifier(cmd -> limit(cmd.getHostConfig(), settings.service())
                            .withMounts(List.of(DocumentsVolume.mount(documents.name(), DocumentsVolume.SERVICE_PATH))))
                    .waitingFor(Wait.forLogMessage(ReadyLine.logLineRegex("sevasurge-service"), 1)
                            .withStartupTimeout(settings.serviceStartTimeout()));
            testbed.register("service", service);
            stage = "starting the service (" + settings.service() + ")";
            service.start();
            new Readiness().await(serviceUrl, settings.serviceStartTimeout());

            testbed.ready(
                    documents,
                    serviceUrl,
                    URI.create("http://127.0.0.1:" + mocksPort),
                    databasePort,
                    DATABASE,
                    settings.serviceStartTimeout());
            LOG.info(
                    "containers testbed {} up in {} ms: service {} ({}), PostgreSQL {} on port {}, mocks on port {}",
                    labels.session(),
                    (System.nanoTime() - started) / 1_000_000,
                    serviceUrl,
                    settings.service(),
                    postgresImage,
                    databasePort,
                    mocksPort);
            return testbed;
        } catch (RuntimeException | IOException | InterruptedException e) {
            testbed.close();
            String role = stage.contains("service (") ? "service" : stage.contains("PostgreSQL") ? "postgres" : null;
            throw new IOException(
                    "the containers testbed failed while " + stage + ": " + rootMessage(e)
                            + (role == null ? "" : "\nthe " + role + " container's log ends:\n" + testbed.logTail(role))
                            + "\nevery container it had started is removed; logs in " + workDir.resolve("logs"),
                    e);
        }
    }

    static HostConfig limit(HostConfig host, ResourceLimits limits) {
        return host.withNanoCPUs(limits.nanoCpus())
                .withMemory(limits.memoryBytes())
                .withMemorySwap(limits.memoryBytes());
    }

    private static boolean present(DockerClient docker, String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
