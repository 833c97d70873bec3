package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sevasurge.simulations.calendar.InjectionStep.Kind.CLOSED_CONSTANT;
import static org.sevasurge.simulations.calendar.InjectionStep.Kind.CLOSED_RAMP;
import static org.sevasurge.simulations.calendar.InjectionStep.Kind.NOTHING;
import static org.sevasurge.simulations.calendar.InjectionStep.Kind.OPEN_CONSTANT;
import static org.sevasurge.simulations.calendar.InjectionStep.Kind.OPEN_RAMP;

import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionPlannerTest {
    private static final SeasonCalendar CALENDAR = CalendarLoader.loadDefault();
    private static final WorkloadPlan SEASON = WorkloadPlan.of(CALENDAR, CALENDAR.profile("season"));

    @Test
    void openJourneysRampWhereTheCalendarRampsAndHoldWhereItHolds() {
        List<InjectionStep> status = InjectionPlanner.steps(SEASON, Journey.STATUS);

        assertThat(status)
                .extracting(InjectionStep::kind)
                .containsExactly(
                        OPEN_RAMP, OPEN_CONSTANT, OPEN_RAMP, OPEN_CONSTANT, OPEN_CONSTANT, OPEN_CONSTANT, OPEN_RAMP);
        assertThat(status.get(0).from())
                .as("10:00 at half the day's mean, 5 status checks per application")
                .isCloseTo(4.2828 * 0.5 * 5, within(0.001));
        assertThat(status.get(0).to()).as("10:30 at the busy hour").isCloseTo(8.5657 * 5, within(0.001));
    }

    @Test
    void stepDurationsAddUpToThePlan() {
        for (Journey journey : Journey.values()) {
            double total = InjectionPlanner.steps(SEASON, journey).stream()
                    .mapToDouble(InjectionStep::durationSeconds)
                    .sum();
            assertThat(total).as(journey.id()).isCloseTo(SEASON.totalSeconds(), within(1e-9));
        }
    }

    @Test
    void submissionsAreAClosedPopulationOfDesksSizedByLittlesLaw() {
        List<InjectionStep> submit = InjectionPlanner.steps(SEASON, Journey.SUBMIT);
        Operators operators = CALENDAR.operators();

        assertThat(submit).extracting(InjectionStep::kind).containsOnly(CLOSED_RAMP, CLOSED_CONSTANT);
        assertThat(submit.get(1).from())
                .as("desks = rate x (think + response), rounded up")
                .isEqualTo(Math.ceil(8.5657 * (operators.thinkSeconds() + operators.expectedResponseSeconds())));
    }

    @Test
    void aJourneyWithNothingToOfferWaits() {
        SeasonCalendar calendar = CalendarLoader.parse(
                "no-downloads.yaml",
                CalendarYaml.DEFAULT
                        .replace("certificateDownloads: 1.5", "certificateDownloads: 0")
                        .getBytes());
        WorkloadPlan smoke = WorkloadPlan.of(calendar, calendar.profile("smoke"));

        assertThat(InjectionPlanner.steps(smoke, Journey.DOWNLOAD))
                .extracting(InjectionStep::kind)
                .containsExactly(NOTHING);
    }

    @Test
    void stepDurationsRoundToGatlingsMilliseconds() {
        assertThat(new InjectionStep(NOTHING, 0, 0, 13.3334).durationMillis()).isEqualTo(13_333);
    }
}
