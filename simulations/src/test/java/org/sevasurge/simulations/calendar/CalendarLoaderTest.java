package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarLoaderTest {
    private static final String FILE = "my-calendar.yaml";

    private static SeasonCalendar withChange(String from, String to) {
        assertThat(CalendarYaml.DEFAULT).as("the test edits an existing line").contains(from);
        return CalendarLoader.parse(FILE, CalendarYaml.DEFAULT.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Each row changes one line of the shipped calendar (text between backticks, spaces kept) and gives how the
     * message begins after the file's name and what else it says: the key, the value, and what is accepted.
     */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `compression: 45`                  | `compression: -3`              | profiles.season.compression = -3                     | accepted values: a number > 0
            `warmUpSeconds: 60`                | `warmUpSeconds: -5`            | profiles.results-day.warmUpSeconds = -5              | accepted values: a number of seconds from 0 to 600
            `growthFactor: 2.12`               | `growthFactr: 2.12`            | volume.growthFactr is not a known key                | accepted keys: centres, growthFactor, monthlyApplications
            `INC: 0.35`                        | `INC: 0.45`                    | serviceMix adds up to 1.1                            | adding up to 1
            `BIR: 0.03`                        | `BIRTH: 0.03`                  | serviceMix.BIRTH is not a known key                  | accepted keys: BIR, INC, OBC, RES, SCST, SHP
            `factor: busyHour}`                | `factor: rushHour}`            | profiles.season.steps[1].factor = "rushHour" names no factor | busyHour, peakMonth, resultsDayBurst
            `{from: "12:30", to: "14:00"`      | `{from: "12:45", to: "14:00"`  | profiles.season.steps[3].from = "12:45" leaves a gap | accepted values: "12:30"
            `officeCloses: "17:30"`            | `officeCloses: "25:00"`        | volume.officeCloses = "25:00"                        | "HH:mm"
            `  workingDaysPerMonth: 22`        | ``                             | volume.workingDaysPerMonth is missing                | a whole number from 1 to 31
            `  status:                   {p95Millis: 25,` | `  statuses:                 {p95Millis: 25,` | slo has an SLO for 'statuses', which is not a request | accepted values: submit, status, officer-queue
            `{p95Millis: 300, p99Millis: 500, maxErrorPercent: 1.0}` | `{p95Millis: 300, p99Millis: 200, maxErrorPercent: 1.0}` | slo.submit.p99Millis = 200 | is below p95Millis = 300
            """)
    void aCalendarWithABadLineIsRejectedNamingTheFileTheKeyAndWhatIsAccepted(
            String from, String to, String messageStart, String alsoSays) {
        assertThatThrownBy(() -> withChange(from, to))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith(FILE + ": " + messageStart)
                .hasMessageContaining(alsoSays);
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> CalendarLoader.parse(FILE, "volume:\n  monthlyApplications: [1\n".getBytes()))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("my-calendar.yaml: not valid YAML at line");
    }

    @Test
    void anUnknownProfileListsTheProfilesThereAre() {
        assertThatThrownBy(() -> CalendarLoader.loadDefault().profile("peak"))
                .hasMessage(
                        "season-calendar.yaml: profiles.peak is not defined: accepted values: smoke, season, results-day, soak");
    }

    @Test
    void aCalendarFileIsNamedByItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.yaml");
        Files.writeString(file, CalendarYaml.DEFAULT.replace("maxAttempts: 3", "maxAttempts: 0"));

        assertThatThrownBy(() -> CalendarLoader.load(file))
                .hasMessageStartingWith(file + ": operators.maxAttempts = 0")
                .hasMessageContaining("a whole number from 1 to 10");
    }

    @Test
    void aUsersOwnCalendarFileIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.yaml");
        Files.writeString(
                file, CalendarYaml.DEFAULT.replace("monthlyApplications: 400000", "monthlyApplications: 200000"));

        assertThat(CalendarLoader.load(file).meanSubmissionsPerSecond())
                .as("half the volume, half the rate")
                .isEqualTo(CalendarLoader.loadDefault().meanSubmissionsPerSecond() / 2);
    }
}
