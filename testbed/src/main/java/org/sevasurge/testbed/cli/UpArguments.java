package org.sevasurge.testbed.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOptions;
import org.sevasurge.testbed.containers.ContainerSettings;
import org.sevasurge.testbed.containers.ResourceLimits;

/**
 * The options of {@code up}: {@code [--mode embedded|containers|external] [--target URL] [--state-file F]
 * [--work-dir D] [--keep-data]}, and for containers {@code [--service-cpus N] [--service-memory SIZE]
 * [--postgres-image IMAGE] [--jre-image IMAGE] [--documents-volume SIZE]}. {@code --target} alone means external
 * mode. Immutable.
 *
 * @param options   the testbed to bring up
 * @param stateFile where to write the URL and pids, or null
 */
public record UpArguments(TestbedOptions options, @Nullable Path stateFile) {

    public static final String USAGE = """
            Usage: java -cp <testbed classpath> org.sevasurge.testbed.Main up [options]
              --mode embedded|containers|external
                                         embedded (default): PostgreSQL, mocks and service on free loopback ports;
                                         containers: the same in Docker containers with CPU and memory limits;
                                         external: check the service at --target, start nothing
              --target URL               the external service's base URL (implies --mode external)
              --state-file FILE          write url=, service.pid=, mocks.pid=, postgres.pid= once ready
              --work-dir DIR             embedded: data and logs (default target/sevasurge/testbed/<time>)
              --keep-data                embedded: keep PostgreSQL's and the service's data after teardown
              --service-cpus N           containers: the service container's CPUs (default 1)
              --service-memory SIZE      containers: its memory, e.g. 768m (default; heap = two thirds of it)
              --postgres-image IMAGE     containers: default postgres:15 if present, else sevasurge/postgres:15-bookworm
              --jre-image IMAGE          containers: default eclipse-temurin:17-jre if present, else sevasurge/jre:17-bookworm
              --documents-volume SIZE    containers: documents on a tmpfs of this size (default: on the host's disk)
            Prints 'testbed ready on URL' when ready; SIGTERM (Ctrl-C) tears it down.""";

    /** Parses the options after {@code up}; a bad one throws with the option's name and accepted values. */
    public static UpArguments parse(List<String> args) {
        TestbedMode mode = null;
        URI target = null;
        Path stateFile = null;
        Path workDir = null;
        boolean keepData = false;
        ContainerSettings containers = ContainerSettings.defaults();
        boolean containerOptions = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--mode" -> mode = TestbedMode.parse(option, value(args, ++i, option, "embedded, external"));
                case "--target" -> target = url(value(args, ++i, option, "an http:// base URL"));
                case "--state-file" -> stateFile = Path.of(value(args, ++i, option, "a file path"));
                case "--work-dir" -> workDir = Path.of(value(args, ++i, option, "a directory"));
                case "--keep-data" -> keepData = true;
                case "--service-cpus" ->
                    containers = containers.withService(new ResourceLimits(
                            ResourceLimits.parseCpus(option, value(args, ++i, option, "a number of CPUs, e.g. 1")),
                            containers.service().memoryBytes()));
                case "--service-memory" ->
                    containers = containers.withService(new ResourceLimits(
                            containers.service().cpus(),
                            ResourceLimits.parseBytes(
                                    option,
                                    value(args, ++i, option, "a size, e.g. 768m"),
                                    ResourceLimits.MIN_MEMORY_BYTES)));
                case "--postgres-image" ->
                    containers =
                            containers.withPostgresImage(value(args, ++i, option, "an image name, e.g. postgres:15"));
                case "--jre-image" ->
                    containers = containers.withJreImage(
                            value(args, ++i, option, "an image name, e.g. eclipse-temurin:17-jre"));
                case "--documents-volume" ->
                    containers = containers.withDocumentsVolumeBytes(ResourceLimits.parseBytes(
                            option,
                            value(args, ++i, option, "a size, e.g. 64m"),
                            ContainerSettings.MIN_DOCUMENTS_VOLUME_BYTES));
                default ->
                    throw new IllegalArgumentException("unknown option '" + option + "'; accepted options:"
                            + " --mode, --target, --state-file, --work-dir, --keep-data, --service-cpus, --service-memory,"
                            + " --postgres-image, --jre-image, --documents-volume");
            }
            containerOptions |=
                    option.startsWith("--service-") || option.endsWith("-image") || option.equals("--documents-volume");
        }
        if (mode == null) {
            mode = target != null ? TestbedMode.EXTERNAL : TestbedMode.EMBEDDED;
        }
        if (containerOptions && mode != TestbedMode.CONTAINERS) {
            throw new IllegalArgumentException("--service-cpus, --service-memory, --postgres-image, --jre-image and"
                    + " --documents-volume are only for --mode containers");
        }
        Path parent = Path.of("target", "sevasurge", "testbed");
        TestbedOptions options = switch (mode) {
            case EXTERNAL -> new TestbedOptions(mode, target, null, false, null);
            case EMBEDDED ->
                target != null
                        ? new TestbedOptions(mode, target, null, keepData, null)
                        : TestbedOptions.embedded(parent).withKeepData(keepData);
            case CONTAINERS ->
                target != null
                        ? new TestbedOptions(mode, target, null, false, containers)
                        : TestbedOptions.containers(parent, containers);
        };
        return new UpArguments(workDir == null ? options : options.withWorkDir(workDir), stateFile);
    }

    private static String value(List<String> args, int index, String option, String accepted) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; accepted values: " + accepted);
        }
        return args.get(index);
    }

    private static URI url(String value) {
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "--target '" + value + "': accepted values: an http:// or https://"
                            + " base URL, e.g. http://127.0.0.1:8080",
                    e);
        }
    }
}
