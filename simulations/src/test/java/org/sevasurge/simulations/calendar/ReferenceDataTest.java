package org.sevasurge.simulations.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {
    /** The shipped calendar's centre lines, as they stand in the file (indented under {@code reference:}). */
    private static final String ROUND_ROBIN_CENTRES =
            "  centreIdFormat: \"LSK-%04d\"    # centre n (1..volume.centres) is"
                    + " LSK-0001, LSK-0002, ...\n  centreDistricts: round-robin";

    /**
     * Writes {@code centresCsv} as {@code centres.csv} beside a copy of {@code yaml} whose {@code centres} centres in
     * {@code districts} are read from that file instead of dealt round-robin.
     *
     * @return the calendar file
     */
    private static Path calendarWithCentreFile(Path dir, String centresCsv, String yaml, int centres, String districts)
            throws IOException {
        Files.writeString(dir.resolve("centres.csv"), centresCsv);
        return Files.writeString(
                dir.resolve("staging.yaml"),
                yaml.replace("centres: 1475", "centres: " + centres)
                        .replaceAll("(?s)districts: \\[[^]]*]", "districts: [" + districts + "]")
                        .replace(ROUND_ROBIN_CENTRES, "  centreDistricts: centres.csv"));
    }

    @Test
    void theShippedCalendarHoldsTheReferenceServicesCodesWithCentresDealtRoundTheDistrictsInCodeOrder() {
        ReferenceData reference = CalendarLoader.loadDefault().reference();

        assertThat(reference.serviceCodes()).containsExactly("INC", "RES", "OBC", "SCST", "BIR", "SHP");
        assertThat(reference.districts()).hasSize(33).isSorted().doesNotHaveDuplicates();
        assertThat(reference.centres()).isEqualTo(1475);
        assertThat(reference.centreId(1)).isEqualTo("LSK-0001");
        assertThat(reference.centreId(1475)).isEqualTo("LSK-1475");
        assertThat(reference.districtOfCentre(1)).as("LSK-0001 is in BALOD").isEqualTo("BALOD");
        assertThat(reference.districtOfCentre(2)).isEqualTo("BALODA-BAZAR");
        assertThat(reference.districtOfCentre(33)).isEqualTo("SURGUJA");
        assertThat(reference.districtOfCentre(34))
                .as("the 34th centre starts the round again")
                .isEqualTo("BALOD");
        assertThatThrownBy(() -> reference.districtOfCentre(1476)).hasMessageContaining("1..1475");
    }

    @Test
    void aStagingSystemsOwnCodesAndCentreFileBesideTheCalendarReplaceTheReferenceServices(@TempDir Path dir)
            throws IOException {
        String centresCsv = """
                centreId,district
                # the staging system's two pilot districts
                CSC-A1,NORTH
                CSC-B7,SOUTH
                CSC-C2,NORTH
                """;
        String ownCodes = CalendarYaml.DEFAULT.replaceAll(
                "serviceCodes: \\[[^]]*]", "serviceCodes: [INC, RES, OBC, SCST, BIR, SHP, XYZ]");
        Path calendar = calendarWithCentreFile(dir, centresCsv, ownCodes, 3, "NORTH, SOUTH");

        ReferenceData reference = CalendarLoader.load(calendar).reference();

        assertThat(reference.centreIds()).containsExactly("CSC-A1", "CSC-B7", "CSC-C2");
        assertThat(reference.centreDistricts()).containsExactly("NORTH", "SOUTH", "NORTH");
        assertThat(reference.serviceCodes()).contains("XYZ");
    }

    @Test
    void aServiceMixCodeTheTargetDoesNotHaveIsRejectedWithTheTargetsCodes() {
        String yaml =
                CalendarYaml.DEFAULT.replaceAll("serviceCodes: \\[[^]]*]", "serviceCodes: [INC, RES, OBC, SCST, BIR]");

        assertThatThrownBy(() -> CalendarLoader.parse("my-calendar.yaml", yaml.getBytes()))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith("my-calendar.yaml: serviceMix.SHP is not a known key")
                .hasMessageContaining("BIR, INC, OBC, RES, SCST");
    }

    @Test
    void aCentreFileNamingAnUnknownDistrictNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path calendar =
                calendarWithCentreFile(dir, "CSC-A1,NORTH\nCSC-B7,EAST\n", CalendarYaml.DEFAULT, 2, "NORTH, SOUTH");

        assertThatThrownBy(() -> CalendarLoader.load(calendar))
                .hasMessageStartingWith(
                        dir.resolve("centres.csv") + " line 2: district \"EAST\" is not in reference.districts")
                .hasMessageContaining("NORTH, SOUTH");
    }

    @Test
    void aCentreFileWithFewerCentresThanTheVolumeIsRejected(@TempDir Path dir) throws IOException {
        Path calendar = calendarWithCentreFile(dir, "CSC-A1,NORTH\n", CalendarYaml.DEFAULT, 2, "NORTH");

        assertThatThrownBy(() -> CalendarLoader.load(calendar))
                .hasMessageContaining(
                        "reference.centreDistricts = \"centres.csv\" lists 1 centres, fewer than volume.centres = 2");
    }

    @Test
    void aCentreIdFormatThatGivesEveryCentreTheSameIdIsRejected() {
        String yaml = CalendarYaml.DEFAULT.replace("centreIdFormat: \"LSK-%04d\"", "centreIdFormat: \"LSK\"");

        assertThatThrownBy(() -> CalendarLoader.parse("my-calendar.yaml", yaml.getBytes()))
                .hasMessageStartingWith("my-calendar.yaml: reference.centreIdFormat = \"LSK\" makes \"LSK\"")
                .hasMessageContaining("e.g. \"LSK-%04d\"");
    }

    @Test
    void aCodeThatWouldNeedEscapingInARequestIsRejected() {
        String yaml = CalendarYaml.DEFAULT.replace("serviceCodes: [INC,", "serviceCodes: [\"IN\\\"C\",");

        assertThatThrownBy(() -> CalendarLoader.parse("my-calendar.yaml", yaml.getBytes()))
                .hasMessageStartingWith("my-calendar.yaml: reference.serviceCodes holds \"IN\"C\"");
    }
}
