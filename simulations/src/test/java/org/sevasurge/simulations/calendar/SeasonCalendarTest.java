package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeasonCalendarTest {
    private static final SeasonCalendar CALENDAR = CalendarLoader.loadDefault();

    /** @return the plan of the shipped calendar's {@code profile} at the profile's own compression and full rate */
    private static WorkloadPlan plan(String profile) {
        return WorkloadPlan.of(CALENDAR, CALENDAR.profile(profile));
    }

    @Test
    void meanSubmissionRateIsTheMonthlyVolumeOverWorkingDaysAndOfficeSeconds() {
        assertThat(CALENDAR.volume().officeSeconds()).as("10:00-17:30 is 7.5 h").isEqualTo(27_000);
        assertThat(CALENDAR.meanSubmissionsPerSecond())
                .as("400,000 / 22 / 27,000 s (worked example: 0.67/s)")
                .isCloseTo(0.6734, within(0.0001));
    }

    /** The workload model's worked examples: each profile's peak submissions/s, and how it comes about. */
    @ParameterizedTest(name = "{0}: {1}/s")
    @CsvSource(delimiter = '|', textBlock = """
            season      | 8.566 | 0.001 | the season busy hour: 0.67/s x 2.12 x 3 x 2 (worked example: about 8.5/s)
            results-day | 42.83 | 0.01  | the results-day burst: 10x the season's hourly mean (worked example: about 43/s)
            """)
    void aProfilesPeakIsTheWorkedExamples(String profile, double peakPerSecond, double tolerance, String why) {
        assertThat(plan(profile).peakSubmissionsPerSecond()).as(why).isCloseTo(peakPerSecond, within(tolerance));
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
        WorkloadPlan season = plan("season");

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
        WorkloadPlan smoke = plan("smoke");
        PlannedStep step = smoke.steps().get(0);

        assertThat(smoke.totalSeconds()).isEqualTo(60);
        assertThat(smoke.rate(step, Journey.SUBMIT, false)).isEqualTo(3.0);
        // Per application: 5 status checks, 1.5 downloads, 1.25 verifications, and an officer works it once.
        Map<Journey, Double> perApplication =
                Map.of(Journey.STATUS, 5.0, Journey.DOWNLOAD, 1.5, Journey.VERIFY, 1.25, Journey.OFFICER, 1.0);
        perApplication.forEach((journey, each) -> assertThat(smoke.rate(step, journey, false))
                .as("%s: %s per application at 3 submissions/s", journey, each)
                .isEqualTo(3.0 * each));
    }

    @Test
    void resultsDayRefreshStormsScaleCitizenReadsButNotOfficers() {
        WorkloadPlan resultsDay = plan("results-day");
        PlannedStep burst = resultsDay.steps().get(2);

        assertThat(resultsDay.rate(burst, Journey.STATUS, false)).isCloseTo(42.83 * 5 * 1.6, within(0.1));
        assertThat(resultsDay.rate(burst, Journey.OFFICER, false)).isCloseTo(42.83, within(0.01));
    }

    @Test
    void onlyResultsDayMeetsAWarmService() {
        assertThat(CALENDAR.profile("results-day").warmUpSeconds())
                .as("a results day meets a service that has been up for days")
                .isEqualTo(60);
        for (String cold : new String[] {"smoke", "season", "soak"}) {
            assertThat(CALENDAR.profile(cold).warmUpSeconds()).as(cold).isZero();
        }
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
