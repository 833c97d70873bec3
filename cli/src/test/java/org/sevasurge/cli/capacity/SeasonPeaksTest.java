package org.sevasurge.cli.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.simulations.calendar.CalendarLoader;

class SeasonPeaksTest {

    @Test
    void theDefaultCalendarsPeaksAreTheWorkedExamplesBusyHourAndResultsDayBurst() {
        // 400,000 / 22 / 27,000 s x 2.12 growth x 3 peak month = 4.283/s; x2 busy hour, x10 results day.
        List<SeasonPeaks.Peak> peaks = SeasonPeaks.of(CalendarLoader.loadDefault());

        assertThat(peaks).extracting(SeasonPeaks.Peak::name).containsExactly("season busy hour", "results-day burst");
        assertThat(peaks.get(0).submissionsPerSecond()).isCloseTo(8.566, within(0.001));
        assertThat(peaks.get(1).submissionsPerSecond()).isCloseTo(42.83, within(0.01));
    }
}
