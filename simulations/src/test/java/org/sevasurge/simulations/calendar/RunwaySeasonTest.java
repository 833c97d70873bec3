package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class RunwaySeasonTest {
    private static final String FILE = "my-calendar.yaml";

    private static SeasonCalendar withChange(String from, String to) {
        return CalendarYaml.withChange(FILE, from, to);
    }

    @Test
    void theShippedCalendarCarriesNextSeasonsDatesAndItsTwoHumps() {
        RunwaySeason runway = CalendarLoader.loadDefault().runway();

        assertThat(runway.seasonStart()).isEqualTo(LocalDate.of(2027, 5, 15));
        assertThat(runway.seasonEnd()).isEqualTo(LocalDate.of(2027, 10, 31));
        assertThat(runway.monthFactors())
                .containsEntry(Month.JUNE, 3.0)
                .containsEntry(Month.SEPTEMBER, 2.0)
                .doesNotContainKey(Month.JANUARY);
    }

    @Test
    void aCalendarWithoutTheBlockStillLoadsAndHasNoRunway() {
        String yaml = CalendarYaml.DEFAULT.replaceAll("(?s)storageRunway:.*?\\n\\n", "");
        assertThat(yaml).as("the block was cut out").doesNotContain("storageRunway");

        SeasonCalendar calendar = CalendarLoader.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(calendar.runway()).isNull();
        assertThat(calendar.profiles()).containsKey("smoke");
    }

    @Test
    void aMonthThatIsNoMonthNamesTheKeyAndTheAcceptedNames() {
        assertThatThrownBy(() -> withChange("    June: 3.0", "    Juin: 3.0"))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("my-calendar.yaml: storageRunway.monthFactors.Juin is not a month")
                .hasMessageContaining("English month names, e.g. June or Jun");
    }

    @Test
    void aSeasonEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> withChange("seasonEnd: \"2027-10-31\"", "seasonEnd: \"2027-04-30\""))
                .hasMessageStartingWith(
                        "my-calendar.yaml: storageRunway.seasonEnd = \"2027-04-30\" is not within a year")
                .hasMessageContaining("accepted values: a date from seasonStart");
    }

    @Test
    void aDateInAnotherFormatNamesTheFormat() {
        assertThatThrownBy(() -> withChange("seasonStart: \"2027-05-15\"", "seasonStart: \"15/05/2027\""))
                .hasMessageContaining("storageRunway.seasonStart = \"15/05/2027\": accepted values: a quoted date"
                        + " \"yyyy-MM-dd\"");
    }
}
