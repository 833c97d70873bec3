package org.sevasurge.testbed.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOptions;

/**
 * The options of {@code up}: {@code [--mode embedded|external] [--target URL] [--state-file F] [--work-dir D]
 * [--keep-data]}. {@code --target} alone means external mode. Immutable.
 *
 * @param options   the testbed to bring up
 * @param stateFile where to write the URL and pids, or null
 */
public record UpArguments(TestbedOptions options, Path stateFile) {

    public static final String USAGE = """
            Usage: java -cp <testbed classpath> org.sevasurge.testbed.Main up [options]
              --mode embedded|external   embedded (default): PostgreSQL, mocks and service on free loopback ports;
                                         external: check the service at --target, start nothing
              --target URL               the external service's base URL (implies --mode external)
              --state-file FILE          write url=, service.pid=, mocks.pid=, postgres.pid= once ready
              --work-dir DIR             embedded: data and logs (default target/sevasurge/testbed/<time>)
              --keep-data                embedded: keep PostgreSQL's and the service's data after teardown
            Prints 'testbed ready on URL' when ready; SIGTERM (Ctrl-C) tears it down.""";

    /** Parses the options after {@code up}; a bad one throws with the option's name and accepted values. */
    public static UpArguments parse(List<String> args) {
        TestbedMode mode = null;
        URI target = null;
        Path stateFile = null;
        Path workDir = null;
        boolean keepData = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--mode" -> mode = TestbedMode.parse(option, value(args, ++i, option, "embedded, external"));
                case "--target" -> target = url(value(args, ++i, option, "an http:// base URL"));
                case "--state-file" -> stateFile = Path.of(value(args, ++i, option, "a file path"));
                case "--work-dir" -> workDir = Path.of(value(args, ++i, option, "a directory"));
                case "--keep-data" -> keepData = true;
                default -> throw new IllegalArgumentException("unknown option '" + option + "'; accepted options:"
                        + " --mode, --target, --state-file, --work-dir, --keep-data");
            }
        }
        if (mode == null) {
            mode = target != null ? TestbedMode.EXTERNAL : TestbedMode.EMBEDDED;
        }
        TestbedOptions options = switch (mode) {
            case EXTERNAL -> new TestbedOptions(mode, target, null, false);
            case EMBEDDED -> target != null
                    ? new TestbedOptions(mode, target, null, keepData)
                    : workDir != null ? new TestbedOptions(mode, null, workDir, keepData)
                    : withKeep(TestbedOptions.embedded(Path.of("target", "sevasurge", "testbed")), keepData);
        };
        return new UpArguments(options, stateFile);
    }

    private static TestbedOptions withKeep(TestbedOptions options, boolean keepData) {
        return new TestbedOptions(options.mode(), null, options.workDir(), keepData);
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
            throw new IllegalArgumentException("--target '" + value + "': accepted values: an http:// or https://"
                    + " base URL, e.g. http://127.0.0.1:8080", e);
        }
    }
}
