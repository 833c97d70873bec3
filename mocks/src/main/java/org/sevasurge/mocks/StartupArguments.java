package org.sevasurge.mocks;

import java.util.EnumMap;
import java.util.Map;
import org.sevasurge.mocks.faults.FaultProfile;

/**
 * The command line of the standalone mocks, parsed and checked. Every error message says what
 * was wrong and which values are accepted. Immutable.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param profiles the starting profile of each service that was named (others start healthy)
 * @param requestJournalEntries how many requests WireMock's journal keeps; 0 switches it off
 * @param help whether only the usage text was asked for
 */
record StartupArguments(
        int port, Map<ExternalService, FaultProfile> profiles, int requestJournalEntries, boolean help) {

    static final int DEFAULT_PORT = 9090;

    static String usage() {
        return String.join(
                "\n",
                "usage: java -jar sevasurge-mocks.jar [--port PORT] [--profile SPEC] [--journal-entries N]",
                "  --port PORT           port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 picks a free one)",
                "  --profile SPEC        starting profiles: PROFILE for every service, SERVICE=PROFILE for",
                "                        one, comma separated, applied left to right (default healthy),",
                "                        e.g. healthy | payment=slow,sms=down | flaky,ekyc=healthy",
                "                        services: " + ExternalService.acceptedIds(),
                "                        profiles: " + FaultProfile.acceptedIds(),
                "  --journal-entries N   requests kept in WireMock's journal (default 1000; 0 = off)",
                "  --help                print this text");
    }

    /**
     * Parses {@code args}; both {@code --port 9090} and {@code --port=9090} work.
     *
     * @throws IllegalArgumentException naming the bad argument and the accepted values
     */
    static StartupArguments parse(String... args) {
        int port = DEFAULT_PORT;
        Map<ExternalService, FaultProfile> profiles = new EnumMap<>(ExternalService.class);
        int journal = MockOptions.defaults().requestJournalEntries();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = !name.equals(arg);
            switch (name) {
                case "--help", "-h" -> {
                    return new StartupArguments(port, profiles, journal, true);
                }
                case "--port", "--profile", "--journal-entries" -> {
                    String value;
                    if (inline) {
                        value = arg.substring(name.length() + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--port" -> port = number(name, value, 65_535);
                        case "--journal-entries" -> journal = number(name, value, Integer.MAX_VALUE);
                        default -> profiles.putAll(profiles(value));
                    }
                }
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument '" + arg + "'; accepted: --port, --profile, --journal-entries, --help");
            }
        }
        return new StartupArguments(port, profiles, journal, false);
    }

    /** The options these arguments describe. */
    MockOptions toOptions() {
        return MockOptions.defaults().port(port).profiles(profiles).requestJournalEntries(requestJournalEntries);
    }

    private static Map<ExternalService, FaultProfile> profiles(String spec) {
        Map<ExternalService, FaultProfile> result = new EnumMap<>(ExternalService.class);
        if (spec.isBlank()) {
            throw new IllegalArgumentException(
                    "--profile needs a value; accepted profiles: " + FaultProfile.acceptedIds());
        }
        for (String item : spec.split(",")) {
            int equals = item.indexOf('=');
            if (equals < 0) {
                FaultProfile profile = FaultProfile.fromId(item);
                for (ExternalService service : ExternalService.values()) {
                    result.put(service, profile);
                }
            } else {
                result.put(
                        ExternalService.fromId(item.substring(0, equals)),
                        FaultProfile.fromId(item.substring(equals + 1)));
            }
        }
        return result;
    }

    private static int number(String name, String value, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the one error message below
        }
        throw new IllegalArgumentException(name + " must be a whole number from 0 to " + max + ", was '" + value + "'");
    }
}
