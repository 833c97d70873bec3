package org.sevasurge.capacity.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.capacity.runs.Slo;

class StepRulesTest {
    private static final Map<String, Slo> SLO = Map.of("status", new Slo(25, 50, 0.1), "submit", new Slo(300, 500, 1));
    private static final InjectorStats IDLE_INJECTOR = new InjectorStats(0.3, 0.5, 1.0, 10);

    private static RequestStats status(double p95, double p99, long count, long errors) {
        return new RequestStats(
                "status",
                count,
                errors,
                5,
                p95,
                p99,
                p99,
                8,
                Map.of(200, count - errors, 503, errors),
                count,
                count - errors);
    }

    private static JourneyRate statusJourney(double offered, double arrived, double achieved) {
        return new JourneyRate("status", true, offered, arrived, 0, achieved);
    }

    @Test
    void aStepWithinEverySloWhoseRatesKeptUpPasses() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(20, 40, 1000, 0)), List.of(statusJourney(100, 100, 100)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void aP95BreachFails() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(212, 40, 1000, 0)), List.of(statusJourney(100, 100, 100)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.limit()).isEqualTo("status p95 212 ms > 25 ms");
    }

    @Test
    void aP99BreachFails() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(20, 70, 1000, 0)), List.of(statusJourney(100, 100, 100)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.limit()).isEqualTo("status p99 70 ms > 50 ms");
    }

    @Test
    void anErrorShareAboveTheSloFailsNamingTheStatuses() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(20, 40, 1000, 5)), List.of(statusJourney(100, 100, 99.5)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.limit()).isEqualTo("status errors 0.50 % > 0.1 % (503 x5)");
    }

    @Test
    void anAchievedRateBelow95PercentOfArrivalsFails() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(20, 40, 900, 0)), List.of(statusJourney(100, 100, 90)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.limit()).isEqualTo("status achieved 90.0/s < 95 % of 100.0/s offered");
    }

    @Test
    void aSaturatedInjectorMakesTheStepInconclusiveEvenWhenItBreaches() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(212, 400, 1000, 0)),
                List.of(statusJourney(100, 100, 100)),
                new InjectorStats(0.9, 1.0, 1.0, 10),
                SLO,
                0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.limit()).isEqualTo("injector saturated: CPU 0.90 cores > 0.85 of its 1.00-core share");
    }

    @Test
    void anInjectorBehindItsScheduleMakesTheStepInconclusive() {
        StepVerdict verdict = StepRules.judge(
                List.of(status(20, 40, 880, 0)), List.of(statusJourney(100, 88, 88)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(verdict.limit())
                .isEqualTo("injector behind schedule: status arrivals 88.0/s < 95 % of 100.0/s offered");
    }

    @Test
    void oneArrivalShortAtTheEdgeOfAWindowIsNotAShortfall() {
        // 1 arrival/s offered over 10 s: 9 arrivals is 90 %, but one arrival straddles the window's edge.
        StepVerdict verdict = StepRules.judge(List.of(), List.of(statusJourney(1.0, 0.9, 0.9)), IDLE_INJECTOR, SLO, 10);
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        StepVerdict twoShort =
                StepRules.judge(List.of(), List.of(statusJourney(1.0, 0.8, 0.8)), IDLE_INJECTOR, SLO, 10);
        assertThat(twoShort.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void achievedIsJudgedAgainstTheOfferedRateNotOnlyAgainstWhatArrived() {
        // Arrivals 96 % of offered (the injector kept up) and completions 96 % of arrivals: 92 % of what was offered.
        StepVerdict verdict = StepRules.judge(
                List.of(status(20, 40, 922, 0)), List.of(statusJourney(100, 96, 92.2)), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.limit()).isEqualTo("status achieved 92.2/s < 95 % of 100.0/s offered");
    }

    @Test
    void aClosedJourneyThatFallsShortIsNotTheInjectorsFault() {
        JourneyRate operators = new JourneyRate("submit", false, 10, 6, 0, 6);
        StepVerdict verdict = StepRules.judge(List.of(), List.of(operators), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void arrivalsThatFoundNothingToDoAreNotCountedAsMissedCompletions() {
        JourneyRate downloads = new JourneyRate("download", true, 10, 10, 4, 6);
        StepVerdict verdict = StepRules.judge(List.of(), List.of(downloads), IDLE_INJECTOR, SLO, 0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    }
}
