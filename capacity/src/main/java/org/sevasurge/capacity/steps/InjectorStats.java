package org.sevasurge.capacity.steps;

/**
 * The injector's own CPU within a window. Immutable.
 *
 * @param meanCores mean core-equivalents used
 * @param peakCores highest one-second core-equivalents
 * @param share     the injector's core share (what it may use)
 * @param samples   one-second samples in the window
 */
public record InjectorStats(double meanCores, double peakCores, double share, int samples) {

    /** @return mean use as a fraction of the share */
    public double utilisation() {
        return share > 0 ? meanCores / share : 0;
    }
}
