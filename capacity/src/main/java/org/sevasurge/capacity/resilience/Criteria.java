package org.sevasurge.capacity.resilience;

/**
 * The fixed numbers a scenario is judged by. Immutable.
 *
 * @param addedP99Millis      what a dependency fault may add to accepted submissions' p99 (its timeout, not its
 *                            delay), over the p99 before the fault
 * @param guardIntervalMillis the storage guard's check interval: a freed volume takes submissions again within two
 * @param fastMillis          a refusal (507, 503) counts as fast below this p99
 * @param slackMillis         around a crash: a request sent just before the kill may fail up to its response
 * @param cleanSeconds        recovered: this long without a failure and with submissions as fast as before
 */
public record Criteria(
        double addedP99Millis, long guardIntervalMillis, double fastMillis, long slackMillis, double cleanSeconds) {

    /** The storage guard's interval the resilience runs give the service. */
    public static final long GUARD_INTERVAL_MILLIS = 1_000;

    /** @return the defaults with the scenario's bound on what a dependency fault adds */
    public static Criteria of(double addedP99Millis) {
        return new Criteria(addedP99Millis, GUARD_INTERVAL_MILLIS, 100, 1_500, 5);
    }
}
