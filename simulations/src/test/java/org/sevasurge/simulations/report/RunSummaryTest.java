package org.sevasurge.simulations.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.Slo;
import org.sevasurge.simulations.ledger.LedgerVerdict;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTest {
    private static final LedgerVerdict INTACT = new LedgerVerdict(180, 180, 0, 0, 0, 0, List.of(), 800);
    private static final SloVerdict FAST_STATUS = verdict(5_000, 0, new Slo(25, 50, 0.1));

    private static SloVerdict verdict(long micros, int failures, Slo slo) {
        Histogram ok = new Histogram(3_600_000_000L, 3);
        Histogram ko = new Histogram(3_600_000_000L, 3);
        for (int i = 0; i < 1000; i++) {
            ok.recordValue(micros);
        }
        for (int i = 0; i < failures; i++) {
            ko.recordValue(micros);
        }
        return SloVerdict.of("status", ok, ko, slo);
    }

    private static RunSummary summary(List<JourneyRate> journeys, List<SloVerdict> requests, double cpu) {
        return new RunSummary("run", "smoke", 1, 1, 60, journeys, requests, INTACT, cpu, cpu, 1.0, 12.0, true, "/runs/run", null);
    }

    private static JourneyRate open(double offered, double achieved) {
        return new JourneyRate(Journey.STATUS, offered, achieved, 0, 0, false);
    }

    @Test
    void percentilesAreReportedInMillisecondsFromMicrosecondHistograms() {
        assertThat(FAST_STATUS.p99Millis()).isEqualTo(5.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(FAST_STATUS.met()).isTrue();
    }

    @Test
    void aSlowP99OrTooManyErrorsBreachTheSlo() {
        assertThat(verdict(60_000, 0, new Slo(25, 50, 0.1)).met()).as("60 ms > 50 ms p99").isFalse();
        assertThat(verdict(5_000, 10, new Slo(25, 50, 0.1)).met()).as("1 % errors > 0.1 %").isFalse();
    }

    @Test
    void anInjectorAboveEightyFivePercentOfItsCoreIsSaturated() {
        assertThat(summary(List.of(open(15, 15)), List.of(FAST_STATUS), 0.90).injectorSaturated()).isTrue();
        assertThat(summary(List.of(open(15, 15)), List.of(FAST_STATUS), 0.50).injectorSaturated()).isFalse();
    }

    @Test
    void anOpenJourneyBelowNinetyFivePercentOfItsOfferedRateMeansASaturatedInjector() {
        assertThat(summary(List.of(open(15, 14)), List.of(FAST_STATUS), 0.2).injectorSaturated()).as("93 %").isTrue();
        assertThat(summary(List.of(open(15, 14.5)), List.of(FAST_STATUS), 0.2).injectorSaturated()).as("97 %").isFalse();
    }

    @Test
    void aClosedPopulationsShortfallSpeaksOfTheServiceNotTheInjector() {
        JourneyRate operators = new JourneyRate(Journey.SUBMIT, 3, 2, 0, 0, true);

        assertThat(summary(List.of(operators), List.of(FAST_STATUS), 0.2).injectorSaturated()).isFalse();
    }

    @Test
    void theSummaryStatesRatesPercentilesLedgerInjectorAndVerdict() {
        String text = summary(List.of(open(15, 15)), List.of(FAST_STATUS), 0.2).render();

        assertThat(text).contains("profile smoke").contains("status").contains("met")
                .contains("ledger: intact: 180 acknowledged, 180 read back")
                .contains("not saturated").contains("verdict: PASS").contains("run folder: /runs/run");
    }

    @Test
    void aBrokenLedgerFailsTheVerdict() {
        RunSummary broken = new RunSummary("run", "smoke", 1, 1, 60, List.of(open(15, 15)), List.of(FAST_STATUS),
                new LedgerVerdict(10, 10, 1, 0, 0, 0, List.of(), 5), 0.2, 0.2, 1.0, 12.0, true, "/runs/run", null);

        assertThat(broken.verdict()).isEqualTo("FAIL: ledger broken");
    }
}
