package org.sevasurge.cli.run;

import java.net.URI;
import java.nio.file.Path;
import org.sevasurge.simulations.run.Defaults;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.containers.ContainerSettings;
import org.sevasurge.testbed.containers.ResourceLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --target}, {@code --testbed} with the containers' settings, and {@code --runs}, shared by every load command
 * (a picocli mixin).
 */
public final class TargetOptions {
    /** {@code --testbed}: the testbed started when there is no external target. */
    public enum TestbedKind {
        embedded,
        containers
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String target = Defaults.TARGET;

    @Option(
            names = "--testbed",
            paramLabel = "embedded|containers",
            defaultValue = "embedded",
            description = "with no --target URL: embedded (default: PostgreSQL, mocks and service as local processes)"
                    + " or containers (Docker through Testcontainers, with CPU and memory limits per container)")
    TestbedKind testbed;

    @Option(names = "--service-cpus", paramLabel = "N", description = "containers: the service's CPUs (default 1)")
    String serviceCpus;

    @Option(
            names = "--service-memory",
            paramLabel = "SIZE",
            description = "containers: the service's memory, e.g. 768m (default 768m; its heap two thirds of it)")
    String serviceMemory;

    @Option(
            names = "--postgres-image",
            paramLabel = "IMAGE",
            description = "containers: the PostgreSQL image (default postgres:15 when present, else"
                    + " sevasurge/postgres:15-bookworm built by './sevasurge images build')")
    String postgresImage;

    @Option(
            names = "--jre-image",
            paramLabel = "IMAGE",
            description = "containers: the Java runtime the service image is built on (default eclipse-temurin:17-jre"
                    + " when present, else sevasurge/jre:17-bookworm)")
    String jreImage;

    @Option(
            names = "--documents-volume",
            paramLabel = "SIZE",
            description = "containers: the documents on a tmpfs of this size, e.g. 256m (default: on the host's disk)")
    String documentsVolume;

    @Option(
            names = "--runs",
            paramLabel = "DIR",
            description = "parent folder of run folders (default: runs/ at the project root)")
    Path runs;

    @Option(
            names = "--target",
            paramLabel = "URL|embedded",
            defaultValue = Defaults.TARGET,
            description = "embedded (default): start PostgreSQL, the mocks and the service on free loopback ports and"
                    + " stop them afterwards; or the base URL of a service already listening (checked with"
                    + " GET /health/ready first)")
    void target(String value) {
        if (!Defaults.TARGET.equals(value) && !value.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--target '" + value + "': accepted values: " + Defaults.TARGET
                            + ", or an http:// or https:// base URL, e.g. http://127.0.0.1:8080");
        }
        target = value;
    }

    /** @return whether to start a testbed (embedded or containers) rather than check an external target */
    public boolean embedded() {
        return Defaults.TARGET.equals(target);
    }

    /**
     * @return how to bring the system under test up: an external target, or the testbed {@code --testbed} names
     * with its settings; a {@link ParameterException} naming the option for a bad container setting
     */
    public TestbedOptions testbedOptions() {
        if (!embedded()) {
            if (testbed == TestbedKind.containers || containerOptionGiven()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--testbed and the container options start a" + " testbed; with --target " + target
                                + " nothing is started");
            }
            return TestbedOptions.external(url());
        }
        if (testbed == TestbedKind.embedded) {
            if (containerOptionGiven()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--service-cpus, --service-memory, --postgres-image,"
                                + " --jre-image and --documents-volume go with --testbed containers");
            }
            return TestbedOptions.embedded(Home.testbeds());
        }
        try {
            ContainerSettings settings = ContainerSettings.defaults();
            ResourceLimits service = settings.service();
            if (serviceCpus != null) {
                service = new ResourceLimits(
                        ResourceLimits.parseCpus("--service-cpus", serviceCpus), service.memoryBytes());
            }
            if (serviceMemory != null) {
                service = new ResourceLimits(
                        service.cpus(),
                        ResourceLimits.parseBytes("--service-memory", serviceMemory, ResourceLimits.MIN_MEMORY_BYTES));
            }
            settings = settings.withService(service);
            if (postgresImage != null) {
                settings = settings.withPostgresImage(postgresImage);
            }
            if (jreImage != null) {
                settings = settings.withJreImage(jreImage);
            }
            if (documentsVolume != null) {
                settings = settings.withDocumentsVolumeBytes(ResourceLimits.parseBytes(
                        "--documents-volume", documentsVolume, ContainerSettings.MIN_DOCUMENTS_VOLUME_BYTES));
            }
            return TestbedOptions.containers(Home.testbeds(), settings);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private boolean containerOptionGiven() {
        return serviceCpus != null
                || serviceMemory != null
                || postgresImage != null
                || jreImage != null
                || documentsVolume != null;
    }

    /** @return the external target's base URL (without a trailing slash) */
    public URI url() {
        return URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
    }

    /** @return the runs folder, absolute */
    public Path runsDir() {
        return (runs != null ? runs : Home.runs()).toAbsolutePath().normalize();
    }
}
