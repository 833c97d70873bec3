package org.sevasurge.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.simulations.faults.FaultEntry;
import org.sevasurge.simulations.faults.FaultTarget;
import org.sevasurge.simulations.faults.Scenario;

class LoadStepsTest {

    private static Scenario scenario(double seconds, FaultEntry... faults) {
        return new Scenario("s", "s", seconds, 100, List.of(faults), 3_000);
    }

    @Test
    void anOverloadIsABaselineThenTheShareThenTheRateAgainInStepsThatStartWhereTheLoadChanges() {
        LoadSteps steps = LoadSteps.of(scenario(60, new FaultEntry(20, FaultTarget.LOAD, "300%", 50)), 2.0);

        assertThat(steps.holdSeconds()).isEqualTo(10);
        assertThat(steps.rates()).containsExactly(2.0, 2.0, 6.0, 6.0, 6.0, 2.0);
        assertThat(steps.holdSeconds() * steps.rates().size())
                .as("the run keeps its length")
                .isEqualTo(60);
    }

    @Test
    void timesWithoutACommonDivisorGiveOneSecondStepsAndOverlappingSurgesTakeTheLargerShare() {
        LoadSteps steps = LoadSteps.of(
                scenario(
                        7,
                        new FaultEntry(2, FaultTarget.LOAD, "200%", 5),
                        new FaultEntry(3, FaultTarget.LOAD, "400%", 4)),
                1.5);

        assertThat(steps.holdSeconds()).isEqualTo(1);
        assertThat(steps.rates()).containsExactly(1.5, 1.5, 3.0, 6.0, 3.0, 1.5, 1.5);
    }

    @Test
    void aBacklogIsPlannedAsItsShareOfTheRateOnTopOfNormalTraffic() {
        LoadSteps steps = LoadSteps.of(scenario(120, new FaultEntry(20, FaultTarget.BACKLOG, "300%", 50)), 1.0);

        assertThat(steps.holdSeconds()).isEqualTo(10);
        assertThat(steps.rates()).containsExactly(1.0, 1.0, 3.0, 3.0, 3.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    }

    @Test
    void aScenarioWithoutALoadFaultIsOneStepAtItsRateForItsWholeLength() {
        LoadSteps steps = LoadSteps.of(scenario(90, new FaultEntry(30, FaultTarget.PAYMENT, "slow", 60)), 3.0);

        assertThat(steps.holdSeconds()).isEqualTo(90);
        assertThat(steps.rates()).containsExactly(3.0);
    }
}
