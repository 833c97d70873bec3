package org.sevasurge.capacity.runway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunwayTest {
    /**
     * By hand: June brings 30,000 x 2 x 3 / 30 = 6,000 applications a day, July (not listed: 1.0) 30,000 x 2 / 31 =
     * 1,935.48 a day; at 0.5 byte each a 100,000-byte volume 80,000 full grows 3,000 a day in June and 967.74 in
     * July: 83,000 (28 Jun), 86,000 (29 Jun, past 85 %), 89,000, 89,967.74 (1 Jul), 90,935.48 (2 Jul, past 90 %),
     * 91,903.23 (3 Jul).
     */
    private static final SeasonDates SEASON =
            new SeasonDates(LocalDate.of(2027, 6, 28), LocalDate.of(2027, 7, 3), 30_000, 2.0, Map.of(Month.JUNE, 3.0));

    @Test
    void aHandComputedSeasonReachesEachWatermarkOnTheDayComputedByHand() {
        Runway runway = Runway.project(
                new VolumeSpec("documents", 100_000, 80_000, 0.5, "options"), Watermarks.SERVICE_DEFAULTS, SEASON);

        assertThat(runway.reached(Watermarks.Level.LOW)).isEqualTo(LocalDate.of(2027, 6, 29));
        assertThat(runway.reached(Watermarks.Level.HIGH)).isEqualTo(LocalDate.of(2027, 7, 2));
        assertThat(runway.reached(Watermarks.Level.FLOOD))
                .as("91.9 % at the end: flood never comes")
                .isNull();
        assertThat(runway.days()).hasSize(6);
        assertThat(runway.days().get(3).usedBytes()).isCloseTo(89_967.742, within(0.01));
        assertThat(runway.finalShare()).isCloseTo(0.9190323, within(1e-6));
        assertThat(runway.sentence())
                .isEqualTo("the documents volume reaches its high watermark (90 %) on 2 July 2027,"
                        + " 4 days into the season");
    }

    @Test
    void aVolumeAlreadyPastFloodReachesItOnTheSeasonsFirstDay() {
        Runway runway = Runway.project(
                new VolumeSpec("database", 100_000, 96_000, 0, "measured"), Watermarks.SERVICE_DEFAULTS, SEASON);

        assertThat(runway.reached(Watermarks.Level.FLOOD)).isEqualTo(SEASON.start());
        assertThat(runway.sentence()).contains("reaches flood stage (95 %) on 28 June 2027, its first day");
    }

    @Test
    void aVolumeNeverHoldsMoreThanItsSize() {
        Runway runway = Runway.project(
                new VolumeSpec("documents", 100_000, 0, 100, "options"), Watermarks.SERVICE_DEFAULTS, SEASON);

        assertThat(runway.reached(Watermarks.Level.FLOOD))
                .as("600,000 bytes on the first day")
                .isEqualTo(SEASON.start());
        assertThat(runway.days()).allSatisfy(day -> assertThat(day.share()).isLessThanOrEqualTo(1.0));
    }

    @Test
    void aQuietVolumeSaysItStaysBelowItsLowWatermark() {
        Runway runway = Runway.project(
                new VolumeSpec("documents", 1e12, 1e11, 1000, "options"), Watermarks.SERVICE_DEFAULTS, SEASON);

        assertThat(runway.crossings()).isEmpty();
        assertThat(runway.sentence())
                .isEqualTo("the documents volume stays below its low watermark (85 %) through the"
                        + " season: 10 % in use on 3 July 2027");
    }

    @Test
    void applicationsOutsideTheSeasonAreNotCounted() {
        assertThat(SEASON.applicationsOn(LocalDate.of(2027, 6, 27))).isZero();
        assertThat(SEASON.applicationsOn(LocalDate.of(2027, 6, 28))).isEqualTo(6_000);
        assertThat(SEASON.applicationsOn(LocalDate.of(2027, 7, 1))).isCloseTo(1_935.4839, within(1e-4));
    }
}
