package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.simulations.faults.FaultEntry;
import org.sevasurge.simulations.faults.FaultTarget;
import org.sevasurge.simulations.faults.Scenario;

class ScenarioLoaderTest {
    private static final String FILE = "my-scenarios.yaml";
    private static final String ONE = """
            scenarios:
              payment-slow:
                seconds: 90
                faults:
                  - {at: 30, target: payment, what: slow, until: 60}
            """;

    private static Map<String, Scenario> withChange(String from, String to) {
        assertThat(ONE).as("the test edits an existing line").contains(from);
        return ScenarioLoader.parse(FILE, ONE.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedScenariosLoadWithTheirTimelines() {
        Map<String, Scenario> scenarios = ScenarioLoader.loadDefault();

        assertThat(scenarios)
                .containsKeys(
                        "disk-full",
                        "payment-slow",
                        "service-crash",
                        "payment-flaky",
                        "ekyc-down",
                        "sms-down",
                        "digilocker-down",
                        "land-records-blackhole",
                        "database-restart",
                        "disk-full-database",
                        "backlog-replay");
        assertThat(scenarios.get("disk-full").faults())
                .containsExactly(new FaultEntry(30, FaultTarget.DOCUMENTS_VOLUME, "fill", 60));
        assertThat(scenarios.get("disk-full-database").faults())
                .as("the database's disk, separately from the documents'")
                .containsExactly(new FaultEntry(30, FaultTarget.DATABASE_VOLUME, "fill", 60));
        assertThat(scenarios.get("payment-slow").addedP99Millis()).isEqualTo(2000);
        assertThat(scenarios.get("service-crash").loadPercent())
                .as("the default share of capacity")
                .isEqualTo(50);
    }

    @Test
    void theShippedOverloadsOfferTwiceAndThriceTheCapacityBetweenABaselineAndARecoveryAtIt() {
        Map<String, Scenario> scenarios = ScenarioLoader.loadDefault();

        for (String name : new String[] {"overload-2x", "overload-3x"}) {
            Scenario overload = scenarios.get(name);
            assertThat(overload.loadPercent())
                    .as("the baseline is the capacity")
                    .isEqualTo(100);
            FaultEntry surge = overload.faults().get(0);
            assertThat(surge.target()).isEqualTo(FaultTarget.LOAD);
            assertThat(surge.atSeconds()).as("a baseline before").isPositive();
            assertThat(surge.untilSeconds()).as("a recovery after").isLessThan(overload.seconds());
        }
        assertThat(FaultTarget.loadMultiplier(
                        scenarios.get("overload-3x").faults().get(0).action()))
                .isEqualTo(3.0);
    }

    @Test
    void theShippedBacklogArrivesOnTopOfNormalTrafficWithTimeLeftToDrain() {
        Scenario backlog = ScenarioLoader.loadDefault().get("backlog-replay");

        FaultEntry missed = backlog.faults().get(0);
        assertThat(missed.target()).isEqualTo(FaultTarget.BACKLOG);
        assertThat(missed.target().kind().changesLoad())
                .as("planned by the injector, like an overload")
                .isTrue();
        assertThat(FaultTarget.loadMultiplier(missed.action()) * backlog.loadPercent())
                .as("normal traffic and the backlog together offer more than the capacity, so it must drain")
                .isGreaterThan(100);
        assertThat(backlog.seconds() - missed.untilSeconds())
                .as("normal traffic after the backlog lasts at least as long as the backlog did")
                .isGreaterThanOrEqualTo(missed.untilSeconds() - missed.atSeconds());
    }

    @Test
    void aBacklogAtAFractionOfASecondIsRefusedLikeALoadFault() {
        assertThatThrownBy(() ->
                        withChange("at: 30, target: payment, what: slow", "at: 30.5, target: backlog, what: 200%"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].at = 30.5 is not a whole");
    }

    @Test
    void aLoadShareOutsideTheListOrAtAFractionOfASecondIsRefused() {
        assertThatThrownBy(() -> withChange("target: payment, what: slow", "target: load, what: 250%"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].what = '250%'")
                .hasMessageContaining("accepted values: 150%, 200%, 300%, 400%, 500%");
        assertThatThrownBy(
                        () -> withChange("at: 30, target: payment, what: slow", "at: 30.5, target: load, what: 200%"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].at = 30.5 is not a whole")
                .hasMessageContaining("a whole run second");
    }

    @Test
    void anUnknownServiceIsRefusedNamingTheEntryAndTheAcceptedTargets() {
        assertThatThrownBy(() -> withChange("target: payment", "target: paymnt"))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].target = 'paymnt'")
                .hasMessageContaining("accepted values: ekyc, payment, sms, digilocker, landrecords, service,"
                        + " database, documents-volume");
    }

    @Test
    void anUnknownProfileIsRefusedNamingTheEntryAndWhatTheTargetCanDo() {
        assertThatThrownBy(() -> withChange("what: slow", "what: sluggish"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].what = 'sluggish'")
                .hasMessageContaining("accepted values: slow, brownout, flaky, down, blackhole, dribble");
    }

    @Test
    void anOperationThePartCannotDoIsRefused() {
        assertThatThrownBy(() -> withChange("target: payment, what: slow", "target: service, what: slow"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].what = 'slow'")
                .hasMessageContaining("accepted values: kill");
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        assertThatThrownBy(() -> withChange("until: 60", "until: 20"))
                .hasMessageStartingWith(
                        "my-scenarios.yaml: scenarios.payment-slow.faults[0].until = 20.0 is not" + " after at = 30.0");
    }

    @Test
    void aTimeOutsideTheRunIsRefused() {
        assertThatThrownBy(() -> withChange("until: 60", "until: 120"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].until = 120")
                .hasMessageContaining("run seconds from 0 to the scenario's seconds (90.0)");
        assertThatThrownBy(() -> withChange("at: 30", "at: -5"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].at = -5");
    }

    @Test
    void aMisspeltKeyOfAFaultIsRefused() {
        assertThatThrownBy(() -> withChange("until: 60", "untl: 60"))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.payment-slow.faults[0].untl is not a known key");
    }

    @Test
    void aScenarioWithoutFaultsIsRefused() {
        assertThatThrownBy(() -> ScenarioLoader.parse(
                        FILE, "scenarios:\n  calm:\n    seconds: 60\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("my-scenarios.yaml: scenarios.calm.faults is missing");
    }
}
