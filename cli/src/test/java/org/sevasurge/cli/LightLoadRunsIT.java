package org.sevasurge.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.sevasurge.cli.capacity.KnownCapacityCheck;
import org.sevasurge.cli.crash.ServiceCrashCheck;
import org.sevasurge.cli.injector.InjectorBenchmarkCheck;

/**
 * The command line's light load runs, side by side in two lanes, which saves CI nearly two minutes: the search for a
 * known capacity (a server that only sleeps) in one; the service crash (the smoke profile's 3 submissions/s), then
 * the injector benchmark against a sink (20 submissions/s, its figures checked for sense, not speed), in the other.
 * None of their verdicts depends on having the machine to itself. Every other load IT runs alone (the failsafe
 * configuration runs classes one at a time), because its SLOs, its timings or its injector's saturation do: the
 * short resilience scenarios, for one, failed here beside these runs (the disk-full refusals' p99 went from tens of
 * milliseconds to 424 ms against the 100 ms criterion).
 *
 * <p>The checks live in their features' packages; run one alone with {@code -Dit.test='LightLoadRunsIT$KnownCapacity'}.
 */
@Tag("load")
class LightLoadRunsIT {
    /** Held by the second lane's runs, so that they go one after another. */
    private static final String SECOND_LANE = "sevasurge.cli.second-lane";

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    class KnownCapacity extends KnownCapacityCheck {}

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(SECOND_LANE)
    class ServiceCrash extends ServiceCrashCheck {}

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(SECOND_LANE)
    class InjectorBenchmark extends InjectorBenchmarkCheck {}
}
