package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.http.Json;

class ApplicationViewTest {

    private static final OffsetDateTime SUBMITTED = OffsetDateTime.of(2027, 4, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static final ApplicationView SUBMITTED_VIEW = new ApplicationView(
            new ApplicationSummary(
                    "CG-INC-2027-0000123",
                    "INC",
                    ApplicationStatus.SUBMITTED,
                    "LSK-0001",
                    "BALOD",
                    "Sunita Sahu",
                    SUBMITTED,
                    LocalDate.of(2027, 5, 1)),
            SUBMITTED,
            "9f2c",
            "PENDING",
            "[{\"position\":0}]",
            null,
            null,
            null,
            null);

    @Test
    void theStatusAnswerIsOneFlatObjectThatBeginsWithTheQueueLine() throws Exception {
        JsonNode json = Json.MAPPER.readTree(Json.bytes(SUBMITTED_VIEW));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .as("clients read the queue's fields at the top level, absent values left out")
                .containsExactly(
                        "applicationNo",
                        "serviceCode",
                        "status",
                        "centreId",
                        "district",
                        "applicantName",
                        "submittedAt",
                        "slaDueDate",
                        "updatedAt",
                        "payloadSha256",
                        "feeStatus",
                        "documents");
        assertThat(json.get("documents").get(0).get("position").asInt())
                .as("the documents are JSON, not a string")
                .isZero();
    }

    @Test
    void theWithersChangeOnlyTheirField() {
        ApplicationView paid = SUBMITTED_VIEW.withFeeStatus("PAID").withAccessCode("ABCDEFGHJK");

        assertThat(paid.feeStatus()).isEqualTo("PAID");
        assertThat(paid.accessCode()).isEqualTo("ABCDEFGHJK");
        assertThat(paid.withFeeStatus("PENDING").withAccessCode(null))
                .as("everything else is kept")
                .isEqualTo(SUBMITTED_VIEW);
    }
}
