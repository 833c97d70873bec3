package org.sevasurge.mocks.faults;

import com.github.tomakehurst.wiremock.http.DelayDistribution;
import com.github.tomakehurst.wiremock.http.LogNormal;

/**
 * A log-normal response delay: half of the answers come faster than {@code medianMillis}; a
 * larger {@code sigma} (of the underlying normal distribution) gives a longer tail. For example
 * median 40 ms with sigma 0.35 puts p99 near 90 ms; sigma 1.0 puts it near 10 x the median.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @param medianMillis the 50th percentile in milliseconds, greater than zero
 * @param sigma the spread, zero for a constant delay
 */
public record Latency(double medianMillis, double sigma) {

    /** No simulated delay is ever longer than this, so a wild sample cannot hang a test. */
    static final double CAP_MILLIS = 60_000;

    /** Checks the bounds: median in (0, 60 s], sigma in [0, 5]. */
    public Latency {
        if (!(medianMillis > 0) || medianMillis > CAP_MILLIS) {
            throw new IllegalArgumentException(
                    "medianMillis must be in (0, " + (long) CAP_MILLIS + "], was " + medianMillis);
        }
        if (!(sigma >= 0) || sigma > 5) {
            throw new IllegalArgumentException("sigma must be in [0, 5], was " + sigma);
        }
    }

    /** A log-normal delay with the given median in milliseconds and spread. */
    public static Latency logNormal(double medianMillis, double sigma) {
        return new Latency(medianMillis, sigma);
    }

    /** The WireMock distribution that draws this delay, truncated at 60 s. */
    public DelayDistribution distribution() {
        return new LogNormal(medianMillis, sigma, CAP_MILLIS);
    }

    /** One delay drawn from this distribution, in milliseconds. */
    public long sampleMillis() {
        return distribution().sampleMillis();
    }
}
