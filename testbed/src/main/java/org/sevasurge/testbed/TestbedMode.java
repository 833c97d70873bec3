package org.sevasurge.testbed;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the system under test comes from. Immutable. */
public enum TestbedMode {
    /** PostgreSQL (zonky binaries), the mocks and the service, each its own process on free loopback ports. */
    EMBEDDED,
    /** PostgreSQL, the mocks and the service in Docker containers with resource limits, through Testcontainers. */
    CONTAINERS,
    /** A service someone else runs, at a base URL; nothing is started. */
    EXTERNAL;

    /** The option value, e.g. {@code embedded}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an option value; a bad one names the option and the accepted values. */
    public static TestbedMode parse(String option, String value) {
        for (TestbedMode mode : values()) {
            if (mode.optionValue().equals(value)) {
                return mode;
            }
        }
        String accepted = Arrays.stream(values()).map(TestbedMode::optionValue).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(option + " '" + value + "': accepted values: " + accepted);
    }
}
