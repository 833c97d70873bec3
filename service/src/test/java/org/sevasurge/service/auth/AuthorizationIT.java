package org.sevasurge.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.ServiceExtension;

/**
 * Officer actions are refused to the anonymous (401), the wrong role, the wrong district and the officer who filed
 * the field report (403), always as a problem, and a refused action changes nothing in the database.
 */
class AuthorizationIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    private static final String REPORT = "{\"recommendation\":\"APPROVE\"}";
    private static final String APPROVE = "{\"outcome\":\"APPROVE\"}";

    @Test
    void fieldReportsAreRefusedToTheAnonymousTheWrongRoleAndTheWrongDistrict() throws Exception {
        String number = submitted("Report Refusals");
        String before = snapshot(number);
        String path = "/api/v1/applications/" + number + "/field-report";

        assertRefused(SERVICE.client().postJson(path, REPORT), 401, "anonymous");
        assertRefused(
                SERVICE.client()
                        .withHeader("Authorization", "Bearer not-a-token")
                        .postJson(path, REPORT),
                401,
                "a forged token");
        assertRefused(SERVICE.client().asOfficer("tehsildar.balod").postJson(path, REPORT), 403, "an approver");
        assertRefused(SERVICE.client().asOfficer("ri.raipur").postJson(path, REPORT), 403, "another district");

        assertThat(snapshot(number)).as("nothing changed in the database").isEqualTo(before);
    }

    @Test
    void decisionsAreRefusedToTheWrongRoleTheWrongDistrictAndTheOfficerWhoReported() throws Exception {
        String number = submitted("Decision Refusals");
        HttpResponse<byte[]> report = SERVICE.client()
                .asOfficer("naib.balod")
                .postJson("/api/v1/applications/" + number + "/field-report", REPORT);
        assertThat(report.statusCode())
                .as(new String(report.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        String before = snapshot(number);
        String path = "/api/v1/applications/" + number + "/decision";

        assertRefused(SERVICE.client().postJson(path, APPROVE), 401, "anonymous");
        assertRefused(SERVICE.client().asOfficer("ri.balod").postJson(path, APPROVE), 403, "an inspector");
        assertRefused(SERVICE.client().asOfficer("tehsildar.raipur").postJson(path, APPROVE), 403, "another district");
        HttpResponse<byte[]> self = SERVICE.client().asOfficer("naib.balod").postJson(path, APPROVE);
        assertRefused(self, 403, "the officer who filed the field report");
        assertThat(json(self).get("detail").asText()).contains("field report");
        assertThat(snapshot(number)).as("nothing changed in the database").isEqualTo(before);

        HttpResponse<byte[]> decided =
                SERVICE.client().asOfficer("tehsildar.balod").postJson(path, APPROVE);
        assertThat(decided.statusCode())
                .as("another approver of the district may")
                .isEqualTo(200);
        assertThat(snapshot(number))
                .as("who reported and who decided are recorded")
                .contains("naib.balod", "tehsildar.balod");
    }

    @Test
    void queuesAndApplicationDetailsNeedAnOfficerOfTheDistrictOrTheCitizensCode() {
        HttpResponse<byte[]> receipt = SERVICE.client()
                .submit(SampleSubmissions.applicationJson("INC", "Queue Person"), SampleDocuments.pdf(2_000, 9));
        String number = json(receipt).get("applicationNo").asText();

        assertRefused(SERVICE.client().get("/api/v1/applications?size=5"), 401, "an anonymous queue");
        assertRefused(
                SERVICE.client().asOfficer("ri.balod").get("/api/v1/applications?district=RAIPUR"),
                403,
                "another district's queue");
        assertRefused(
                SERVICE.client().asOfficer("ri.balod").get("/api/v1/applications?centre=LSK-0002"),
                403,
                "a centre of another district");
        assertThat(SERVICE.client()
                        .asOfficer("ri.balod")
                        .get("/api/v1/applications?size=5")
                        .statusCode())
                .as("the officer's own district")
                .isEqualTo(200);

        assertRefused(SERVICE.client().get("/api/v1/applications/" + number), 401, "an anonymous status read");
        assertRefused(
                SERVICE.client().withAccessCode("ABCDEFGHJK").get("/api/v1/applications/" + number),
                403,
                "a wrong access code");
        assertRefused(
                SERVICE.client().asOfficer("ri.raipur").get("/api/v1/applications/" + number),
                403,
                "an officer of another district");
        assertThat(SERVICE.client()
                        .citizenOf(receipt)
                        .get("/api/v1/applications/" + number)
                        .statusCode())
                .as("the citizen with the code from the receipt")
                .isEqualTo(200);
        assertThat(SERVICE.client()
                        .withAccessCode(json(receipt).get("accessCode").asText().toLowerCase())
                        .get("/api/v1/applications/" + number)
                        .statusCode())
                .as("typed in lower case")
                .isEqualTo(200);
    }

    @Test
    void anAccessCodeOpensOnlyItsOwnApplication() {
        HttpResponse<byte[]> first = SERVICE.client()
                .submit(SampleSubmissions.applicationJson("INC", "First Person"), SampleDocuments.pdf(2_000, 11));
        HttpResponse<byte[]> second = SERVICE.client()
                .submit(SampleSubmissions.applicationJson("INC", "Second Person"), SampleDocuments.pdf(2_000, 12));
        String secondNumber = json(second).get("applicationNo").asText();
        assertRefused(
                SERVICE.client().citizenOf(first).get("/api/v1/applications/" + secondNumber),
                403,
                "the first application's code on the second");
    }

    private static String submitted(String applicant) {
        HttpResponse<byte[]> receipt = SERVICE.client()
                .submit(
                        SampleSubmissions.applicationJson("INC", applicant),
                        SampleDocuments.pdf(3_000, applicant.hashCode()));
        assertThat(receipt.statusCode()).isEqualTo(201);
        return json(receipt).get("applicationNo").asText();
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String who) {
        assertThat(response.statusCode())
                .as("%s is refused: %s", who, new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as("a problem")
                .hasValue("application/problem+json");
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as("names the scheme")
                    .isPresent();
        }
    }

    /** Everything a review step could change, read straight from PostgreSQL. */
    private static String snapshot(String number) throws Exception {
        try (Connection c = SERVICE.service().connect();
                PreparedStatement ps = c.prepareStatement("SELECT status, field_report::text, decision::text,"
                        + " reported_by, decided_by, updated_at::text,"
                        + " (SELECT count(*) FROM certificates WHERE application_no = a.application_no),"
                        + " (SELECT count(*) FROM outbox) FROM applications a WHERE application_no = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 8; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                return row.toString();
            }
        }
    }
}
