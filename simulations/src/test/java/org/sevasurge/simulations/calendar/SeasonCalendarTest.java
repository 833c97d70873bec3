package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeasonCalendarTest {
    private static final SeasonCalendar CALENDAR = CalendarLoader.loadDefault();

    @Test
    void meanSubmissionRateIsTheMonthlyVolumeOverWorkingDaysAndOfficeSeconds() {
        assertThat(CALENDAR.volume().officeSeconds()).as("10:00-17:30 is 7.5 h").isEqualTo(27_000);
        assertThat(CALENDAR.meanSubmissionsPerSecond())
                .as("400,000 / 22 / 27,000 s (worked example: 0.67/s)")
                .isCloseTo(0.6734, within(0.0001));
    }

    @Test
    void seasonBusyHourIsAboutEightAndAHalfSubmissionsPerSecondStatewide() {
        WorkloadPlan season = WorkloadPlan.of(CALENDAR, CALENDAR.profile("season"));

        assertThat(season.peakSubmissionsPerSecond())
                .as("0.67/s x 2.12 x 3 x 2 (worked example: about 8.5/s)")
                .isCloseTo(8.566, within(0.001));
    }

    @Test
    void resultsDayBurstIsAboutFortyThreeSubmissionsPerSecond() {
        WorkloadPlan resultsDay = WorkloadPlan.of(CALENDAR, CALENDAR.profile("results-day"));

        assertThat(resultsDay.peakSubmissionsPerSecond())
                .as("10x the season's hourly mean (worked example: about 43/s)")
                .isCloseTo(42.83, within(0.01));
    }

    @Test
    void aSeasonDayCarriesAPeakMonthsDailyVolume() {
        WorkloadPlan realTime = WorkloadPlan.of(CALENDAR, CALENDAR.profile("season"), 1.0, 1.0);

        assertThat(realTime.offeredArrivals(Journey.SUBMIT))
                .as(
                        "the day's factors average 1, so the day holds 400,000 x 2.12 x 3 / 22 (about 115,000) applications")
                .isCloseTo(400_000 * 2.12 * 3 / 22, within(1.0));
    }

    @Test
    void seasonProfilePlaysTheOfficeDayInTenMinutesWithTheMorningRushFirst() {
        WorkloadPlan season = WorkloadPlan.of(CALENDAR, CALENDAR.profile("season"));

        assertThat(season.totalSeconds()).as("27,000 s at compression 45").isCloseTo(600, within(1e-9));
        assertThat(season.steps().get(1).submissionsStart())
                .as("10:30-12:00 at the busy-hour factor")
                .isCloseTo(season.peakSubmissionsPerSecond(), within(1e-9));
        assertThat(season.steps().get(1).startSeconds())
                .as("half an hour of ramp-up, compressed 45x")
                .isCloseTo(40, within(1e-9));
    }

    @Test
    void compressionShortensStepsButNeverChangesRates() {
        Profile season = CALENDAR.profile("season");
        WorkloadPlan fast = WorkloadPlan.of(CALENDAR, season, 90, 1);
        WorkloadPlan slow = WorkloadPlan.of(CALENDAR, season, 45, 1);

        assertThat(fast.totalSeconds()).isCloseTo(slow.totalSeconds() / 2, within(1e-9));
        assertThat(fast.peakSubmissionsPerSecond()).isEqualTo(slow.peakSubmissionsPerSecond());
    }

    @Test
    void rateFactorScalesEveryJourney() {
        Profile smoke = CALENDAR.profile("smoke");
        WorkloadPlan half = WorkloadPlan.of(CALENDAR, smoke, 1, 0.5);
        WorkloadPlan whole = WorkloadPlan.of(CALENDAR, smoke, 1, 1);

        for (Journey journey : Journey.values()) {
            assertThat(half.offeredArrivals(journey))
                    .as(journey + ": one of two injectors offers half")
                    .isCloseTo(whole.offeredArrivals(journey) / 2, within(1e-9));
        }
    }

    @Test
    void smokeIsAMinuteAtThreeSubmissionsPerSecondWithProportionalReads() {
        WorkloadPlan smoke = WorkloadPlan.of(CALENDAR, CALENDAR.profile("smoke"));
        PlannedStep step = smoke.steps().get(0);

        assertThat(smoke.totalSeconds()).isEqualTo(60);
        assertThat(smoke.rate(step, Journey.SUBMIT, false)).isEqualTo(3.0);
        assertThat(smoke.rate(step, Journey.STATUS, false))
                .as("5 status checks per application")
                .isEqualTo(15.0);
        assertThat(smoke.rate(step, Journey.DOWNLOAD, false))
                .as("1.5 downloads per application")
                .isEqualTo(4.5);
        assertThat(smoke.rate(step, Journey.VERIFY, false))
                .as("1.25 verifications per application")
                .isEqualTo(3.75);
        assertThat(smoke.rate(step, Journey.OFFICER, false))
                .as("every application is worked once")
                .isEqualTo(3.0);
    }

    @Test
    void resultsDayRefreshStormsScaleCitizenReadsButNotOfficers() {
        WorkloadPlan resultsDay = WorkloadPlan.of(CALENDAR, CALENDAR.profile("results-day"));
        PlannedStep burst = resultsDay.steps().get(2);

        assertThat(resultsDay.rate(burst, Journey.STATUS, false)).isCloseTo(42.83 * 5 * 1.6, within(0.1));
        assertThat(resultsDay.rate(burst, Journey.OFFICER, false)).isCloseTo(42.83, within(0.01));
    }

    @Test
    void defaultsCarryTheWorkloadModelsFigures() {
        assertThat(CALENDAR.volume().monthlyApplications()).isEqualTo(400_000);
        assertThat(CALENDAR.volume().growthFactor()).isEqualTo(2.12);
        assertThat(CALENDAR.volume().workingDaysPerMonth()).isEqualTo(22);
        assertThat(CALENDAR.factors())
                .containsEntry("peakMonth", 3.0)
                .containsEntry("busyHour", 2.0)
                .containsEntry("resultsDayBurst", 10.0);
        assertThat(CALENDAR.serviceMix())
                .as("admission season mix; caste 25 % split OBC/SCST, other -> SHP")
                .isEqualTo(Map.of("INC", 0.35, "RES", 0.25, "OBC", 0.15, "SCST", 0.10, "BIR", 0.03, "SHP", 0.12));
        assertThat(CALENDAR.reads()).isEqualTo(new ReadsPerApplication(5.0, 1.5, 1.25, 7.5));
        assertThat(CALENDAR.documents().meanPerApplication()).isEqualTo(4.0);
        assertThat(CALENDAR.documents().medianSizeBytes()).isEqualTo(150 * 1024);
        assertThat(CALENDAR.documents().maxSizeBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(CALENDAR.profiles()).containsKeys("smoke", "season", "results-day", "soak");
    }

    @Test
    void aProfileOverridesOnlyTheSloFieldsItNames() {
        Slo smokeSubmit = CALENDAR.profile("smoke").slo().get(RequestName.SUBMIT);
        Slo seasonSubmit = CALENDAR.profile("season").slo().get(RequestName.SUBMIT);

        assertThat(seasonSubmit)
                .as("the calendar's default: DESIGN.md's p99 < 500 ms")
                .isEqualTo(new Slo(300, 500, 1.0));
        assertThat(smokeSubmit)
                .as("smoke loosens latency but keeps the error share")
                .isEqualTo(new Slo(1000, 2000, 1.0));
    }
}
