package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarLoaderTest {
    private static final String FILE = "my-calendar.yaml";

    private static SeasonCalendar withChange(String from, String to) {
        assertThat(CalendarYaml.DEFAULT).as("the test edits an existing line").contains(from);
        return CalendarLoader.parse(FILE, CalendarYaml.DEFAULT.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNegativeCompressionNamesTheFileTheKeyAndTheAcceptedValues() {
        assertThatThrownBy(() -> withChange("compression: 45", "compression: -3"))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("my-calendar.yaml: profiles.season.compression = -3")
                .hasMessageContaining("accepted values: a number > 0");
    }

    @Test
    void aMisspeltKeyIsRejectedWithTheKeysThatAreAccepted() {
        assertThatThrownBy(() -> withChange("growthFactor: 2.12", "growthFactr: 2.12"))
                .hasMessageStartingWith("my-calendar.yaml: volume.growthFactr is not a known key")
                .hasMessageContaining("accepted keys: centres, growthFactor, monthlyApplications");
    }

    @Test
    void aServiceMixThatDoesNotAddUpToOneIsRejected() {
        assertThatThrownBy(() -> withChange("INC: 0.35", "INC: 0.45"))
                .hasMessageStartingWith("my-calendar.yaml: serviceMix adds up to 1.1")
                .hasMessageContaining("adding up to 1");
    }

    @Test
    void anUnknownServiceCodeNamesTheAcceptedCodes() {
        assertThatThrownBy(() -> withChange("BIR: 0.03", "BIRTH: 0.03"))
                .hasMessageContaining(
                        "serviceMix.BIRTH is not a known key: accepted keys: BIR, INC, OBC, RES, SCST, SHP");
    }

    @Test
    void aStepNamingAnUnknownFactorListsTheFactors() {
        assertThatThrownBy(() -> withChange("factor: busyHour}", "factor: rushHour}"))
                .hasMessageContaining("profiles.season.steps[1].factor = \"rushHour\" names no factor")
                .hasMessageContaining("busyHour, peakMonth, resultsDayBurst");
    }

    @Test
    void stepsThatLeaveAGapAreRejected() {
        assertThatThrownBy(() -> withChange("{from: \"12:30\", to: \"14:00\"", "{from: \"12:45\", to: \"14:00\""))
                .hasMessageContaining("profiles.season.steps[3].from = \"12:45\" leaves a gap")
                .hasMessageContaining("accepted values: \"12:30\"");
    }

    @Test
    void anUnquotedOrImpossibleTimeAsksForHoursAndMinutes() {
        assertThatThrownBy(() -> withChange("officeCloses: \"17:30\"", "officeCloses: \"25:00\""))
                .hasMessageContaining("volume.officeCloses = \"25:00\"")
                .hasMessageContaining("\"HH:mm\"");
    }

    @Test
    void aMissingFigureIsNamed() {
        assertThatThrownBy(() -> withChange("  workingDaysPerMonth: 22", ""))
                .hasMessageStartingWith("my-calendar.yaml: volume.workingDaysPerMonth is missing")
                .hasMessageContaining("a whole number from 1 to 31");
    }

    @Test
    void anSloForARequestThatDoesNotExistListsTheRequests() {
        assertThatThrownBy(() -> withChange(
                        "  status:                   {p95Millis: 25,", "  statuses:                 {p95Millis: 25,"))
                .hasMessageContaining("'statuses', which is not a request")
                .hasMessageContaining("submit, status, officer-queue");
    }

    @Test
    void aP99BelowItsP95IsRejected() {
        assertThatThrownBy(() -> withChange(
                        "{p95Millis: 300, p99Millis: 500, maxErrorPercent: 1.0}",
                        "{p95Millis: 300, p99Millis: 200, maxErrorPercent: 1.0}"))
                .hasMessageContaining("slo.submit.p99Millis = 200 is below p95Millis = 300");
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
