package org.sevasurge.mocks.faults;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.sevasurge.mocks.ExternalService;

/**
 * The numbers behind the fault profiles: latencies in milliseconds, rates as fractions of
 * requests (0.2 = 20 %). Defaults are realistic for a loopback run; tests shorten them.
 *
 * <p>Immutable: every {@code with...} method returns a changed copy, so an instance can be shared
 * between threads.
 */
public final class FaultSettings {

    private final Map<ExternalService, Latency> healthy;
    private final Latency slow;
    private final double brownoutErrorRate;
    private final Latency brownoutLatency;
    private final double flakyRatePerFault;
    private final int blackholeMillis;
    private final int dribbleMillis;
    private final int dribbleChunks;

    private FaultSettings(
            Map<ExternalService, Latency> healthy,
            Latency slow,
            double brownoutErrorRate,
            Latency brownoutLatency,
            double flakyRatePerFault,
            int blackholeMillis,
            int dribbleMillis,
            int dribbleChunks) {
        this.healthy = Collections.unmodifiableMap(new EnumMap<>(healthy));
        this.slow = slow;
        this.brownoutErrorRate = requireRate("brownoutErrorRate", brownoutErrorRate, 1.0);
        this.brownoutLatency = brownoutLatency;
        this.flakyRatePerFault = requireRate("flakyRatePerFault", flakyRatePerFault, 0.25);
        this.blackholeMillis = requirePositive("blackholeMillis", blackholeMillis);
        this.dribbleMillis = requirePositive("dribbleMillis", dribbleMillis);
        this.dribbleChunks = requirePositive("dribbleChunks", dribbleChunks);
    }

    /**
     * The defaults. Healthy medians are small (eKYC 40 ms, payment 60 ms, SMS 25 ms, DigiLocker
     * 50 ms, land records 30 ms, sigma 0.35) because a submission calls eKYC and payment in line
     * and must still meet a 500 ms p99; slow is 2 s (sigma 0.3); brownout answers 20 % with 503
     * and the rest with median 150 ms, sigma 1.0 (p99 about 1.5 s); flaky injects each of the four
     * connection faults at 5 %; blackhole holds an answer for 10 minutes; dribble spreads the body
     * over 6 s in 12 chunks.
     */
    public static FaultSettings defaults() {
        Map<ExternalService, Latency> healthy = new EnumMap<>(ExternalService.class);
        healthy.put(ExternalService.EKYC, Latency.logNormal(40, 0.35));
        healthy.put(ExternalService.PAYMENT, Latency.logNormal(60, 0.35));
        healthy.put(ExternalService.SMS, Latency.logNormal(25, 0.35));
        healthy.put(ExternalService.DIGILOCKER, Latency.logNormal(50, 0.35));
        healthy.put(ExternalService.LAND_RECORDS, Latency.logNormal(30, 0.35));
        return new FaultSettings(
                healthy, Latency.logNormal(2_000, 0.3), 0.2, Latency.logNormal(150, 1.0), 0.05, 600_000, 6_000, 12);
    }

    /** The healthy delay of one service. */
    public Latency healthyLatency(ExternalService service) {
        return healthy.get(service);
    }

    /** The delay under {@link FaultProfile#SLOW}. */
    public Latency slowLatency() {
        return slow;
    }

    /** The share of requests answered 503 under {@link FaultProfile#BROWNOUT}, 0..1. */
    public double brownoutErrorRate() {
        return brownoutErrorRate;
    }

    /** The delay of the answers that succeed under {@link FaultProfile#BROWNOUT}. */
    public Latency brownoutLatency() {
        return brownoutLatency;
    }

    /** The share of requests given each one of the four connection faults under FLAKY, 0..0.25. */
    public double flakyRatePerFault() {
        return flakyRatePerFault;
    }

    /** How long a {@link FaultProfile#BLACKHOLE} holds an answer, in milliseconds. */
    public int blackholeMillis() {
        return blackholeMillis;
    }

    /** How long a {@link FaultProfile#DRIBBLE} body takes to arrive, in milliseconds. */
    public int dribbleMillis() {
        return dribbleMillis;
    }

    /** Into how many chunks a {@link FaultProfile#DRIBBLE} body is cut. */
    public int dribbleChunks() {
        return dribbleChunks;
    }

    /** A copy with the same healthy delay for every service. */
    public FaultSettings withHealthyLatency(Latency latency) {
        Map<ExternalService, Latency> all = new EnumMap<>(ExternalService.class);
        for (ExternalService service : ExternalService.values()) {
            all.put(service, latency);
        }
        return new FaultSettings(
                all,
                slow,
                brownoutErrorRate,
                brownoutLatency,
                flakyRatePerFault,
                blackholeMillis,
                dribbleMillis,
                dribbleChunks);
    }

    /** A copy with another healthy delay for one service. */
    public FaultSettings withHealthyLatency(ExternalService service, Latency latency) {
        Map<ExternalService, Latency> changed = new EnumMap<>(healthy);
        changed.put(service, latency);
        return new FaultSettings(
                changed,
                slow,
                brownoutErrorRate,
                brownoutLatency,
                flakyRatePerFault,
                blackholeMillis,
                dribbleMillis,
                dribbleChunks);
    }

    /** A copy with another {@link FaultProfile#SLOW} delay. */
    public FaultSettings withSlowLatency(Latency latency) {
        return new FaultSettings(
                healthy,
                latency,
                brownoutErrorRate,
                brownoutLatency,
                flakyRatePerFault,
                blackholeMillis,
                dribbleMillis,
                dribbleChunks);
    }

    /** A copy with another brownout: share of 503 answers (0..1) and delay of the rest. */
    public FaultSettings withBrownout(double errorRate, Latency latency) {
        return new FaultSettings(
                healthy, slow, errorRate, latency, flakyRatePerFault, blackholeMillis, dribbleMillis, dribbleChunks);
    }

    /** A copy with another share (0..0.25) of requests given each connection fault under FLAKY. */
    public FaultSettings withFlakyRatePerFault(double ratePerFault) {
        return new FaultSettings(
                healthy,
                slow,
                brownoutErrorRate,
                brownoutLatency,
                ratePerFault,
                blackholeMillis,
                dribbleMillis,
                dribbleChunks);
    }

    /** A copy whose blackhole holds answers for {@code millis} milliseconds. */
    public FaultSettings withBlackholeMillis(int millis) {
        return new FaultSettings(
                healthy,
                slow,
                brownoutErrorRate,
                brownoutLatency,
                flakyRatePerFault,
                millis,
                dribbleMillis,
                dribbleChunks);
    }

    /** A copy whose dribble spreads a body over {@code millis} milliseconds in {@code chunks}. */
    public FaultSettings withDribble(int millis, int chunks) {
        return new FaultSettings(
                healthy, slow, brownoutErrorRate, brownoutLatency, flakyRatePerFault, blackholeMillis, millis, chunks);
    }

    private static double requireRate(String name, double rate, double max) {
        if (!(rate >= 0 && rate <= max)) {
            throw new IllegalArgumentException(name + " must be in [0, " + max + "], was " + rate);
        }
        return rate;
    }

    private static int requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than zero, was " + value);
        }
        return value;
    }
}
