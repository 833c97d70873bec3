package org.sevasurge.capacity.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.capacity.runway.Runway;
import org.sevasurge.capacity.runway.SeasonDates;
import org.sevasurge.capacity.runway.VolumeSpec;
import org.sevasurge.capacity.runway.Watermarks;
import org.sevasurge.capacity.verdict.LedgerResult;

/**
 * One test per reason, each changing one input of a season that is READY: 4 instances of 3 submissions/s against
 * a 6/s busy hour (N = ceil(6 / (3 x 0.7)) = 3, so 4 is N+1) and a 10/s results day (12/s carried), a volume that
 * stays below its low watermark, an intact ledger, a valid run.
 */
class ReadinessRulesTest {
    private static final SeasonDates SEASON =
            new SeasonDates(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30), 30_000, 1.0, Map.of());
    private static final LedgerResult INTACT = new LedgerResult(100, 100, 0, 0, 0, 0, 10);
    private static final Peak BUSY_HOUR = new Peak("season busy hour", 6, Peak.BUSY_HOUR);
    private static final Peak RESULTS_DAY = new Peak("results-day burst", 10, Peak.RESULTS_DAY);
    private static final List<Peak> BOTH_PEAKS = List.of(BUSY_HOUR, RESULTS_DAY);

    /** 30,000 applications in June at {@code bytesPerApplication} on a 1,000,000-byte volume 50 % full. */
    private static Runway runway(double bytesPerApplication) {
        return Runway.project(
                new VolumeSpec("documents", 1_000_000, 500_000, bytesPerApplication, "options"),
                Watermarks.SERVICE_DEFAULTS,
                SEASON);
    }

    private static ReadinessInputs ready() {
        return new ReadinessInputs(
                4, 3.0, "", 0.7, List.of(BUSY_HOUR, RESULTS_DAY), List.of(runway(1)), null, INTACT, List.of(), null);
    }

    private static ReadinessInputs with(
            int instances,
            Double capacity,
            List<Peak> peaks,
            List<Runway> runways,
            LedgerResult ledger,
            List<String> failures,
            String invalid) {
        return new ReadinessInputs(
                instances,
                capacity,
                "the search established none (BELOW_RANGE)",
                0.7,
                peaks,
                runways,
                runways.isEmpty() ? "no volume sizes" : null,
                ledger,
                failures,
                invalid);
    }

    private static List<ReasonCode> codes(SeasonVerdict verdict) {
        return verdict.reasons().stream().map(Reason::code).toList();
    }

    /** Judges {@code inputs}, asserts the readiness and the reasons' codes (worst first), and returns the verdict. */
    private static SeasonVerdict judged(ReadinessInputs inputs, Readiness readiness, ReasonCode... codes) {
        SeasonVerdict verdict = ReadinessRules.judge(inputs);
        assertThat(verdict.readiness())
                .as("readiness; reasons %s", verdict.reasons())
                .isEqualTo(readiness);
        assertThat(codes(verdict)).containsExactly(codes);
        return verdict;
    }

    @Test
    void aSeasonThatKeepsEveryRuleIsReady() {
        SeasonVerdict verdict = judged(ready(), Readiness.READY);

        assertThat(verdict.line()).isEqualTo("READY with 4 instances: every rule holds");
    }

    @Test
    void aLostApplicationIsNotReady() {
        LedgerResult lostOne = new LedgerResult(100, 99, 1, 0, 0, 0, 10);
        SeasonVerdict verdict = judged(
                with(4, 3.0, BOTH_PEAKS, List.of(runway(1)), lostOne, List.of(), null),
                Readiness.NOT_READY,
                ReasonCode.LEDGER_BROKEN);

        assertThat(verdict.reasons().get(0).figures()).containsEntry("lost", 1L);
    }

    @Test
    void aLedgerNeverReadBackIsAtRisk() {
        judged(
                with(4, 3.0, BOTH_PEAKS, List.of(runway(1)), null, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.LEDGER_UNCHECKED);
    }

    @Test
    void fewerInstancesThanTheBusyHourTakesIsNotReady() {
        SeasonVerdict verdict = judged(
                with(1, 3.0, List.of(BUSY_HOUR), List.of(runway(1)), INTACT, List.of(), null),
                Readiness.NOT_READY,
                ReasonCode.BUSY_HOUR_OVERLOAD);

        assertThat(verdict.reasons().get(0).text())
                .isEqualTo("the season busy hour (6.00/s) exceeds 1 x 3.00/s ="
                        + " 3.00/s: 200 % utilisation; it needs 3 instances at 70 %");
    }

    @Test
    void instancesThatCarryTheBusyHourAboveThePlannedUtilisationAreAtRisk() {
        SeasonVerdict verdict = judged(
                with(2, 3.0, List.of(BUSY_HOUR), List.of(runway(1)), INTACT, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.BUSY_HOUR_ABOVE_TARGET);

        assertThat(verdict.reasons().get(0).figures())
                .containsEntry("instancesNeeded", 3)
                .containsEntry("utilisation", 1.0);
    }

    @Test
    void exactlyTheInstancesNeededLeaveNoHeadroomForLosingOne() {
        SeasonVerdict verdict = judged(
                with(3, 3.0, List.of(BUSY_HOUR), List.of(runway(1)), INTACT, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.NO_FAILOVER_HEADROOM);

        assertThat(verdict.reasons().get(0).text()).contains("N+1 = 4");
    }

    @Test
    void aResultsDayBurstAboveTheInstancesShedsLoadAndIsAtRisk() {
        List<Peak> burstOfTwenty = List.of(BUSY_HOUR, new Peak("results-day burst", 20, Peak.RESULTS_DAY));
        SeasonVerdict verdict = judged(
                with(4, 3.0, burstOfTwenty, List.of(runway(1)), INTACT, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.RESULTS_DAY_SHEDS_LOAD);

        assertThat(verdict.reasons().get(0).text()).contains("40 % of its submissions get 503");
    }

    @Test
    void aVolumeAtFloodWithinTheSeasonIsNotReady() {
        // 30,000 x 16 bytes = 480,000: 50 % + 48 % = 98 % by the end of June.
        SeasonVerdict verdict = judged(
                with(4, 3.0, BOTH_PEAKS, List.of(runway(16)), INTACT, List.of(), null),
                Readiness.NOT_READY,
                ReasonCode.VOLUME_FLOOD);

        assertThat(verdict.reasons().get(0).figures()).containsEntry("floodOn", "2027-06-29");
    }

    @Test
    void aVolumeAtItsHighWatermarkWithinTheSeasonIsAtRisk() {
        // 30,000 x 14 bytes = 420,000: 92 % by the end of June.
        judged(
                with(4, 3.0, BOTH_PEAKS, List.of(runway(14)), INTACT, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.VOLUME_HIGH);
    }

    @Test
    void noCapacityMeasuredIsAtRisk() {
        SeasonVerdict verdict = judged(
                with(4, null, BOTH_PEAKS, List.of(runway(1)), INTACT, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.CAPACITY_UNKNOWN);

        assertThat(verdict.reasons().get(0).text()).contains("BELOW_RANGE");
    }

    @Test
    void noRunwayIsAtRisk() {
        SeasonVerdict verdict = judged(
                with(4, 3.0, BOTH_PEAKS, List.of(), INTACT, List.of(), null),
                Readiness.AT_RISK,
                ReasonCode.RUNWAY_UNKNOWN);

        assertThat(verdict.reasons().get(0).text()).isEqualTo("storage runway unknown: no volume sizes");
    }

    @Test
    void aSeasonRunThatBreachedItsSlosIsNotReady() {
        List<String> breach = List.of("status p95 40 ms, p99 90 ms, errors 0.00 % against 25/50/0.1");
        judged(
                with(4, 3.0, BOTH_PEAKS, List.of(runway(1)), INTACT, breach, null),
                Readiness.NOT_READY,
                ReasonCode.SEASON_RUN_FAILED);
    }

    @Test
    void aSaturatedInjectorMakesTheMeasurementsInvalidAndTheSeasonAtRisk() {
        String saturated = "injector saturated: CPU 0.95 cores > 0.85 of its 1.00-core share at 0-20 s";
        judged(
                with(4, 3.0, BOTH_PEAKS, List.of(runway(1)), INTACT, List.of(), saturated),
                Readiness.AT_RISK,
                ReasonCode.RUN_INVALID);
    }

    @Test
    void theReadmesWorkedExampleHolds() {
        List<Peak> peaks = List.of(
                new Peak("season busy hour", 8.57, Peak.BUSY_HOUR),
                new Peak("results-day burst", 42.8, Peak.RESULTS_DAY));

        SeasonVerdict six = ReadinessRules.judge(with(6, 3.0, peaks, List.of(runway(1)), INTACT, List.of(), null));
        SeasonVerdict five = ReadinessRules.judge(with(5, 3.0, peaks, List.of(runway(1)), INTACT, List.of(), null));
        SeasonVerdict three = ReadinessRules.judge(with(3, 3.0, peaks, List.of(runway(1)), INTACT, List.of(), null));
        SeasonVerdict two = ReadinessRules.judge(with(2, 3.0, peaks, List.of(runway(1)), INTACT, List.of(), null));

        assertThat(codes(six)).containsExactly(ReasonCode.RESULTS_DAY_SHEDS_LOAD);
        assertThat(six.reasons().get(0).text()).contains("58 % of its submissions get 503");
        assertThat(codes(five))
                .containsExactlyInAnyOrder(ReasonCode.NO_FAILOVER_HEADROOM, ReasonCode.RESULTS_DAY_SHEDS_LOAD);
        assertThat(codes(three)).contains(ReasonCode.BUSY_HOUR_ABOVE_TARGET);
        assertThat(three.reasons().get(0).text()).contains("at 95 %");
        assertThat(two.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(codes(two)).contains(ReasonCode.BUSY_HOUR_OVERLOAD);
    }

    @Test
    void theWorstReasonComesFirstAndSetsTheVerdict() {
        judged(
                with(3, 3.0, List.of(BUSY_HOUR), List.of(runway(16)), INTACT, List.of(), null),
                Readiness.NOT_READY,
                ReasonCode.VOLUME_FLOOD,
                ReasonCode.NO_FAILOVER_HEADROOM);
    }
}
