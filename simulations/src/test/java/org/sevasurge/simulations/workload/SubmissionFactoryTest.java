package org.sevasurge.simulations.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.SeasonCalendar;

class SubmissionFactoryTest {
    private static final SeasonCalendar CALENDAR = CalendarLoader.loadDefault();
    private static final SubmissionFactory FACTORY = new SubmissionFactory(7, CALENDAR, "ss-test");

    @Test
    void theApplicationPartIsValidJsonWithTheCentresOwnDistrict() throws IOException {
        for (long sequence = 1; sequence <= 50; sequence++) {
            Submission submission = FACTORY.create(sequence);
            JsonNode json = new ObjectMapper().readTree(submission.applicationJson());

            int centre = Integer.parseInt(json.get("centreId").asText().substring(4));
            assertThat(json.get("centreId").asText())
                    .isEqualTo(CALENDAR.reference().centreId(centre));
            assertThat(json.get("district").asText())
                    .as("the district the calendar's reference gives the centre")
                    .isEqualTo(CALENDAR.reference().districtOfCentre(centre));
            assertThat(json.get("serviceCode").asText())
                    .isIn(CALENDAR.reference().serviceCodes());
            assertThat(json.at("/applicant/mobile").asText()).matches("[6-9]\\d{9}");
            assertThat(json.at("/applicant/dateOfBirth").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void thePayloadHashIsComputedFromExactlyTheBytesSent() {
        Submission submission = FACTORY.create(3);

        assertThat(submission.payloadSha256())
                .isEqualTo(PayloadHash.of(
                        PayloadHash.sha256Hex(submission.applicationJson()), submission.documentHashes()));
    }

    @Test
    void idempotencyKeysAreUniquePrintableAndWithinTheServicesLength() {
        Submission submission = FACTORY.create(12);

        assertThat(submission.idempotencyKey()).isEqualTo("ss-test-12").matches("[\\x21-\\x7e]{8,200}");
        assertThat(FACTORY.create(13).idempotencyKey()).isNotEqualTo(submission.idempotencyKey());
    }

    @Test
    void servicesFollowTheAdmissionSeasonMix() {
        Map<String, Integer> counts = new HashMap<>();
        int n = 2_000;
        for (long sequence = 1; sequence <= n; sequence++) {
            counts.merge(FACTORY.create(sequence).serviceCode(), 1, Integer::sum);
        }
        assertThat(counts.get("INC") / (double) n).isCloseTo(0.35, within(0.03));
        assertThat((counts.get("OBC") + counts.get("SCST")) / (double) n)
                .as("caste 25 %")
                .isCloseTo(0.25, within(0.03));
        assertThat(counts.get("BIR") / (double) n).isCloseTo(0.03, within(0.015));
    }
}
