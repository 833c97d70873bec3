package org.sevasurge.mocks.faults;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named way for a simulated service to behave; switchable at runtime, per service. The numbers
 * behind each profile (latencies, rates, durations) live in {@link FaultSettings}.
 *
 * <p>Immutable, so safe to share between threads.
 */
public enum FaultProfile {
    /** Correct answers after a short log-normal delay (per-service median, see FaultSettings). */
    HEALTHY,
    /** Correct answers after a long log-normal delay (median 2 s by default). */
    SLOW,
    /** A share of 503 answers (20 % by default), the rest answered with a heavy slow tail. */
    BROWNOUT,
    /**
     * Each of WireMock's four connection faults at a given rate (5 % each by default). The request
     * is processed before its answer is lost, which is what idempotent retries must cope with.
     */
    FLAKY,
    /** Every connection is reset at once; nothing is processed. */
    DOWN,
    /** The request is accepted and never answered within any sane client timeout. */
    BLACKHOLE,
    /** Status and headers arrive, then the body trickles in over several seconds. */
    DRIBBLE;

    /** The lower-case id used in the admin API and on the command line, e.g. {@code brownout}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a profile by its id, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted ids when {@code id} is none of them
     */
    public static FaultProfile fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (FaultProfile profile : values()) {
            if (profile.id().equals(wanted)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "'; accepted profiles: " + acceptedIds());
    }

    /** The accepted ids, comma separated, for error messages and usage text. */
    public static String acceptedIds() {
        return Arrays.stream(values()).map(FaultProfile::id).collect(Collectors.joining(", "));
    }
}
