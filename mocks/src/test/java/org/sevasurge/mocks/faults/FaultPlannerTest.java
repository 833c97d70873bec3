package org.sevasurge.mocks.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.mocks.ExternalService;

/** The per-request draw gives each outcome its configured share (100,000 draws, no HTTP). */
class FaultPlannerTest {

    private static final int DRAWS = 100_000;

    private final FaultPlanner planner = new FaultPlanner(FaultSettings.defaults(), 8);

    @Test
    void brownoutAnswersTheConfiguredShareWithServerErrorsWithoutProcessingThem() {
        int errors = 0;
        for (int i = 0; i < DRAWS; i++) {
            FaultPlan plan = planner.plan(ExternalService.PAYMENT, FaultProfile.BROWNOUT);
            if (plan instanceof FaultPlan.ServerError) {
                errors++;
                assertThat(plan.processesRequest())
                        .as("a 503 means nothing was charged")
                        .isFalse();
            }
        }
        assertThat(errors / (double) DRAWS).isCloseTo(0.20, within(0.01));
    }

    @Test
    void flakyGivesEachOfTheFourConnectionFaultsItsOwnRate() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        for (int i = 0; i < DRAWS; i++) {
            if (planner.plan(ExternalService.SMS, FaultProfile.FLAKY) instanceof FaultPlan.ConnectionFault fault) {
                counts.merge(fault.fault(), 1, Integer::sum);
                assertThat(fault.processesRequest())
                        .as("flaky loses the answer, not the request")
                        .isTrue();
            }
        }
        assertThat(counts).containsOnlyKeys(FaultPlanner.FLAKY_FAULTS);
        counts.values().forEach(n -> assertThat(n / (double) DRAWS).isCloseTo(0.05, within(0.005)));
    }

    @Test
    void downResetsEveryRequestAndProcessesNone() {
        FaultPlan plan = planner.plan(ExternalService.EKYC, FaultProfile.DOWN);

        assertThat(plan).isEqualTo(new FaultPlan.ConnectionFault(Fault.CONNECTION_RESET_BY_PEER, false));
    }

    @Test
    void eachServiceIsHealthyWithItsOwnLatency() {
        FaultSettings settings = FaultSettings.defaults();

        assertThat(planner.plan(ExternalService.SMS, FaultProfile.HEALTHY))
                .isEqualTo(new FaultPlan.Answer(settings.healthyLatency(ExternalService.SMS)));
        assertThat(planner.plan(ExternalService.PAYMENT, FaultProfile.SLOW))
                .isEqualTo(new FaultPlan.Answer(Latency.logNormal(2_000, 0.3)));
    }

    @Test
    void dribblesBeyondTheFreePlacesArriveWholeButJustAsLate() {
        FaultPlanner twoPlaces = new FaultPlanner(FaultSettings.defaults().withDribble(5_000, 10), 2);

        FaultPlan first = twoPlaces.plan(ExternalService.DIGILOCKER, FaultProfile.DRIBBLE);
        FaultPlan second = twoPlaces.plan(ExternalService.DIGILOCKER, FaultProfile.DRIBBLE);
        FaultPlan third = twoPlaces.plan(ExternalService.DIGILOCKER, FaultProfile.DRIBBLE);

        assertThat(first).isEqualTo(new FaultPlan.Dribble(5_000, 10));
        assertThat(second).isEqualTo(first);
        assertThat(third).as("no thread is left to sleep between chunks").isEqualTo(new FaultPlan.WholeLate(5_000));
    }

    @Test
    void aDribblePlaceIsFreeAgainOnceItsDribbleHasEnded() {
        DribbleSlots slots = new DribbleSlots(1);

        assertThat(slots.tryAcquire(1_000, 500)).isTrue();
        assertThat(slots.tryAcquire(1_499, 500)).isFalse();
        assertThat(slots.tryAcquire(1_500, 500)).isTrue();
    }

    @Test
    void theDefaultsMatchTheDocumentedProfiles() {
        FaultSettings defaults = FaultSettings.defaults();

        assertThat(defaults.slowLatency().medianMillis()).isEqualTo(2_000);
        assertThat(defaults.brownoutErrorRate()).isEqualTo(0.2);
        assertThat(defaults.flakyRatePerFault() * 4)
                .as("a fifth of flaky requests fail")
                .isEqualTo(0.2);
        assertThat(defaults.blackholeMillis()).as("beyond any sane timeout").isEqualTo(600_000);
    }
}
