package org.sevasurge.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.sevasurge.cli.capacity.KnownCapacityCheck;
import org.sevasurge.cli.crash.ServiceCrashCheck;
import org.sevasurge.cli.resilience.ResilienceScenariosCheck;

/**
 * The command line's light load runs, side by side in two lanes, which saves CI about three minutes. Each offers a
 * few requests a second, or loads a server that only sleeps, so two of them share this 2-core machine without
 * changing what they judge: the short resilience scenarios in one lane; the search for a known capacity, then the
 * service crash, in the other. Every other load IT runs alone (the failsafe configuration runs classes one at a
 * time), because its SLOs, its injector's saturation or its CPU per request depend on having the machine.
 *
 * <p>The checks live in their features' packages; run one alone with {@code -Dit.test='LightLoadRunsIT$KnownCapacity'}.
 */
@Tag("load")
class LightLoadRunsIT {
    /** Held by the second lane's runs, one after another. */
    private static final String SECOND_LANE = "sevasurge.cli.second-lane";

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    class ShortResilienceScenarios extends ResilienceScenariosCheck {}

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(SECOND_LANE)
    class KnownCapacity extends KnownCapacityCheck {}

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(SECOND_LANE)
    class ServiceCrash extends ServiceCrashCheck {}
}
