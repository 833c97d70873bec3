package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.Multipart;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.RunningService;
import org.sevasurge.service.testing.ServiceExtension;

/** Every kind of bad input gets its status and a problem naming the field, and leaves no row and no file. */
class BadInputIT {

    private static final String VALID = SampleSubmissions.applicationJson("INC", "Valid Person");
    private static final byte[] PDF = SampleDocuments.pdf(10_000, 1);

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    private RunningService.Stored before;

    @BeforeEach
    void remember() throws Exception {
        before = SERVICE.service().stored();
    }

    @AfterEach
    void nothingWasLeftBehind() throws Exception {
        SERVICE.service().assertStoredNothingSince(before, "a rejected request");
    }

    @Test
    void malformedJsonIs400NamingThePart() {
        assertProblem(SERVICE.client().submit("{\"serviceCode\": \"INC\",", PDF), 400, "application");
    }

    @Test
    void anUnknownServiceCodeIs422ListingTheAcceptedCodes() {
        JsonNode problem =
                assertProblem(SERVICE.client().submit(VALID.replace("\"INC\"", "\"XYZ\""), PDF), 422, "serviceCode");
        assertThat(problem.get("errors").get(0).get("reason").asText()).contains("INC", "RES", "BIR");
    }

    @Test
    void anUnknownCentreIs422() {
        assertProblem(SERVICE.client().submit(VALID.replace("LSK-0001", "LSK-9999"), PDF), 422, "centreId");
    }

    @Test
    void aDistrictThatIsNotTheCentresIs422() {
        assertProblem(SERVICE.client().submit(VALID.replace("BALOD", "RAIPUR"), PDF), 422, "district");
    }

    @Test
    void missingApplicantFieldsAreEachNamed() {
        JsonNode problem = assertProblem(
                SERVICE.client()
                        .submit(
                                VALID.replace("\"mobile\":\"9876543210\",", "")
                                        .replace("\"2006-04-12\"", "\"12/04/2006\""),
                                PDF),
                422,
                "applicant.mobile");
        assertThat(problem.get("errors").findValuesAsText("field")).contains("applicant.dateOfBirth");
    }

    @Test
    void aMissingIdempotencyKeyIs400() {
        HttpResponse<byte[]> response = SERVICE.client()
                .post(
                        "/api/v1/applications",
                        null,
                        new Multipart().json("application", VALID).file("documents", "a.pdf", "application/pdf", PDF));
        assertProblem(response, 400, "Idempotency-Key");
    }

    @Test
    void noDocumentsIs400() {
        assertProblem(SERVICE.client().submit(VALID), 400, "documents");
    }

    @Test
    void moreThanSixDocumentsIs400() {
        assertProblem(SERVICE.client().submit(VALID, PDF, PDF, PDF, PDF, PDF, PDF, PDF), 400, "documents");
    }

    @Test
    void aDocumentOverTwoMegabytesIs413NamingTheDocument() {
        byte[] big = SampleDocuments.jpeg(2 * 1024 * 1024 + 1, 5);
        assertProblem(SERVICE.client().submit(VALID, PDF, big), 413, "documents[1]");
    }

    @Test
    void aDocumentThatIsNotPdfJpegOrPngIs415WhateverItsDeclaredType() {
        byte[] zip = "PK\u0003\u0004 not really a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> response = SERVICE.client()
                .post(
                        "/api/v1/applications",
                        UUID.randomUUID().toString(),
                        new Multipart()
                                .json("application", VALID)
                                .file("documents", "a.pdf", "application/pdf", PDF)
                                .file("documents", "b.pdf", "application/pdf", zip));
        assertProblem(response, 415, "documents[1]");
    }

    @Test
    void anUnknownApplicationIs404() {
        HttpResponse<byte[]> response =
                SERVICE.client().asOfficer("ri.balod").get("/api/v1/applications/CG-INC-2027-9999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aDecisionOnAnApplicationThatIsNotVerifiedIs409() throws Exception {
        HttpResponse<byte[]> submitted = SERVICE.client().submit(VALID.replace("Valid Person", "Early Decision"), PDF);
        String number = json(submitted).get("applicationNo").asText();
        // The test's own submission is no leftover: what is stored with it is the new baseline.
        before = SERVICE.service().stored();
        HttpResponse<byte[]> decision = SERVICE.client()
                .asOfficer("tehsildar.balod")
                .postJson("/api/v1/applications/" + number + "/decision", "{\"outcome\":\"APPROVE\"}");
        assertThat(decision.statusCode()).isEqualTo(409);
        assertThat(json(decision).get("detail").asText()).contains("SUBMITTED", "VERIFIED");
    }

    private static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String field) {
        assertThat(response.statusCode())
                .as("status for %s: %s", field, new String(response.body()))
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").findValuesAsText("field"))
                .as("the field at fault is named")
                .contains(field);
        return problem;
    }
}
