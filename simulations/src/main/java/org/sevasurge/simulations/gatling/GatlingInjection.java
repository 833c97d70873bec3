package org.sevasurge.simulations.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.List;
import org.sevasurge.simulations.calendar.InjectionStep;

/**
 * Maps the calendar's neutral {@link InjectionStep}s one to one onto Gatling 3.15's injection DSL. Arrivals are
 * evenly spaced (not {@code randomized()}), so the achieved count can be compared exactly with the offered one
 * to tell a saturated injector.
 */
public final class GatlingInjection {
    private GatlingInjection() {}

    /** @return Gatling open injection steps for open {@code steps} */
    public static List<OpenInjectionStep> open(List<InjectionStep> steps) {
        return steps.stream()
                .map(step -> {
                    Duration duration = Duration.ofMillis(step.durationMillis());
                    return switch (step.kind()) {
                        case NOTHING -> nothingFor(duration);
                        case OPEN_CONSTANT -> constantUsersPerSec(step.from()).during(duration);
                        case OPEN_RAMP ->
                            rampUsersPerSec(step.from()).to(step.to()).during(duration);
                        default -> throw new IllegalArgumentException("not an open step: " + step);
                    };
                })
                .toList();
    }

    /** @return Gatling closed injection steps for closed {@code steps} */
    public static List<ClosedInjectionStep> closed(List<InjectionStep> steps) {
        return steps.stream()
                .map(step -> {
                    Duration duration = Duration.ofMillis(step.durationMillis());
                    return switch (step.kind()) {
                        case CLOSED_CONSTANT ->
                            constantConcurrentUsers((int) step.from()).during(duration);
                        case CLOSED_RAMP ->
                            rampConcurrentUsers((int) step.from())
                                    .to((int) step.to())
                                    .during(duration);
                        default -> throw new IllegalArgumentException("not a closed step: " + step);
                    };
                })
                .toList();
    }
}
