package org.sevasurge.testbed;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.sevasurge.testbed.containers.ContainerSettings;

/**
 * How to bring a testbed up. Immutable.
 *
 * @param mode       embedded, containers or external
 * @param target     the external service's base URL (external mode only, else null)
 * @param workDir    embedded mode: where PostgreSQL's data, the service's data and the process logs go;
 *                   containers mode: where the containers' logs go (their data lives in Docker)
 * @param keepData   embedded mode: keep the PostgreSQL and document data after teardown (logs are always kept)
 * @param containers containers mode: images, limits and volume (else null)
 * @param service    embedded mode: how the service starts beyond the defaults ({@link ServiceOptions#NONE} else)
 */
public record TestbedOptions(
        TestbedMode mode,
        URI target,
        Path workDir,
        boolean keepData,
        ContainerSettings containers,
        ServiceOptions service) {

    /** Options whose service starts with the defaults. */
    public TestbedOptions(TestbedMode mode, URI target, Path workDir, boolean keepData, ContainerSettings containers) {
        this(mode, target, workDir, keepData, containers, ServiceOptions.NONE);
    }

    public TestbedOptions {
        Objects.requireNonNull(mode, "mode");
        if (mode == TestbedMode.EXTERNAL && target == null) {
            throw new IllegalArgumentException("--target URL is required with --mode external");
        }
        if (mode != TestbedMode.EXTERNAL && target != null) {
            throw new IllegalArgumentException(
                    "--target is only for --mode external; " + mode.optionValue() + " starts its own service");
        }
        if (mode != TestbedMode.EXTERNAL) {
            Objects.requireNonNull(workDir, "workDir");
        }
        if (mode == TestbedMode.CONTAINERS) {
            Objects.requireNonNull(containers, "containers");
        } else if (containers != null) {
            throw new IllegalArgumentException("container settings are only for --mode containers");
        }
        Objects.requireNonNull(service, "service");
        if (mode != TestbedMode.EMBEDDED && !service.none()) {
            throw new IllegalArgumentException("service options (documents directory, extra options, environment)"
                    + " are only for the embedded testbed, not " + mode.optionValue());
        }
    }

    /** Embedded, in a fresh work directory under {@code parent} named after the current time. */
    public static TestbedOptions embedded(Path parent) {
        return new TestbedOptions(TestbedMode.EMBEDDED, null, freshDirectory(parent), false, null);
    }

    /**
     * Containers, with the logs in a fresh directory under {@code parent}, e.g.
     * {@code TestbedOptions.containers(Path.of("target/testbed"), ContainerSettings.defaults()
     * .withService(new ResourceLimits(1, 768L << 20)))}.
     */
    public static TestbedOptions containers(Path parent, ContainerSettings settings) {
        return new TestbedOptions(TestbedMode.CONTAINERS, null, freshDirectory(parent), false, settings);
    }

    public static TestbedOptions external(URI target) {
        return new TestbedOptions(TestbedMode.EXTERNAL, target, null, false, null);
    }

    /** The same options with another work directory. */
    public TestbedOptions withWorkDir(Path dir) {
        return new TestbedOptions(mode, target, dir, keepData, containers, service);
    }

    /** The same options, keeping the data after teardown or not. */
    public TestbedOptions withKeepData(boolean keep) {
        return new TestbedOptions(mode, target, workDir, keep, containers, service);
    }

    /** The same options, the service started with {@code options} (embedded mode only). */
    public TestbedOptions withService(ServiceOptions options) {
        return new TestbedOptions(mode, target, workDir, keepData, containers, options);
    }

    private static Path freshDirectory(Path parent) {
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        return parent.resolve(name);
    }
}
