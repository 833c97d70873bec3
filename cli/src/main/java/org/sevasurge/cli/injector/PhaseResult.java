package org.sevasurge.cli.injector;

/**
 * What one phase of the injector benchmark measured over its steady window (warm-up discarded). Immutable.
 *
 * @param name                   the phase's folder name, e.g. {@code round1-recording-on}
 * @param recording              whether Seva Surge's recording was on
 * @param offeredPerSecond       the submissions/s the injector was asked for
 * @param achievedPerSecond      the submissions/s the sink completed in the window
 * @param cpuCores               the injector JVM's mean CPU in the window, core-equivalents
 * @param windowSeconds          the window's length, seconds
 * @param bytesPerSubmission     body bytes the sink read per submission over the whole phase
 * @param injectorExitStatus     the injector JVM's exit status (0: it ended normally)
 */
public record PhaseResult(
        String name,
        boolean recording,
        double offeredPerSecond,
        double achievedPerSecond,
        double cpuCores,
        double windowSeconds,
        double bytesPerSubmission,
        int injectorExitStatus) {

    /** The share of the offered rate below which the injector did not keep its schedule. */
    public static final double KEPT_SHARE = 0.95;

    /** @return the injector's CPU per 100 submissions/s, core-equivalents (NaN without submissions) */
    public double coresPer100() {
        return achievedPerSecond > 0 ? cpuCores / achievedPerSecond * 100 : Double.NaN;
    }

    /** @return whether the injector ended normally and the sink saw at least 95 % of the offered rate */
    public boolean keptRate() {
        return injectorExitStatus == 0 && achievedPerSecond >= KEPT_SHARE * offeredPerSecond;
    }
}
