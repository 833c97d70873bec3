package org.sevasurge.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.OpenApiContract;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.ServiceExtension;

/**
 * Users point their own tools at {@code /openapi.yaml}: the requests the service accepts and the answers it
 * gives must match what that document says, status by status.
 */
class OpenApiContractIT {

    private static final OpenApiContract CONTRACT = new OpenApiContract();

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    @Test
    void theLifecycleSpeaksTheDocumentedLanguage() {
        String form = SampleSubmissions.applicationJson("RES", "Contract Person");
        assertThat(CONTRACT.checkRequest(
                        "POST", "/api/v1/applications", "multipart/form-data", "application", parse(form)))
                .as("the sample application part")
                .isEmpty();
        HttpResponse<byte[]> submitted =
                SERVICE.client().submit(form, SampleDocuments.pdf(20_000, 1), SampleDocuments.png(5_000, 2));
        assertMatches("POST", "/api/v1/applications", submitted, "application/json");
        String number = json(submitted).get("applicationNo").asText();

        String login = "{\"username\":\"ri.balod\",\"password\":\"ri.balod@sevasurge\"}";
        assertThat(CONTRACT.checkRequest("POST", "/api/v1/auth/login", "application/json", null, parse(login)))
                .isEmpty();
        HttpResponse<byte[]> loggedIn = SERVICE.client().postJson("/api/v1/auth/login", login);
        assertMatches("POST", "/api/v1/auth/login", loggedIn, "application/json");
        String refresh =
                "{\"refreshToken\":\"" + json(loggedIn).get("refreshToken").asText() + "\"}";
        assertThat(CONTRACT.checkRequest("POST", "/api/v1/auth/refresh", "application/json", null, parse(refresh)))
                .isEmpty();
        assertMatches(
                "POST",
                "/api/v1/auth/refresh",
                SERVICE.client().postJson("/api/v1/auth/refresh", refresh),
                "application/json");
        ServiceClient inspector = SERVICE.client()
                .withHeader(
                        "Authorization",
                        "Bearer " + json(loggedIn).get("accessToken").asText());
        ServiceClient approver = SERVICE.client().asOfficer("tehsildar.balod");

        assertMatches(
                "GET",
                "/api/v1/applications/{no}",
                SERVICE.client().citizenOf(submitted).get("/api/v1/applications/" + number),
                "application/json");
        assertMatches(
                "GET",
                "/api/v1/applications/{no}",
                inspector.get("/api/v1/applications/" + number),
                "application/json");
        assertMatches(
                "GET",
                "/api/v1/applications",
                inspector.get("/api/v1/applications?status=SUBMITTED&size=5"),
                "application/json");

        String report = "{\"recommendation\":\"APPROVE\",\"khasraNo\":\"112/3\"}";
        assertThat(CONTRACT.checkRequest(
                        "POST", "/api/v1/applications/{no}/field-report", "application/json", null, parse(report)))
                .isEmpty();
        assertMatches(
                "POST",
                "/api/v1/applications/{no}/field-report",
                inspector.postJson("/api/v1/applications/" + number + "/field-report", report),
                "application/json");

        String decision = "{\"outcome\":\"APPROVE\"}";
        assertThat(CONTRACT.checkRequest(
                        "POST", "/api/v1/applications/{no}/decision", "application/json", null, parse(decision)))
                .isEmpty();
        HttpResponse<byte[]> approved = approver.postJson("/api/v1/applications/" + number + "/decision", decision);
        assertMatches("POST", "/api/v1/applications/{no}/decision", approved, "application/json");

        String certificateNo = json(approved).get("certificateNo").asText();
        assertMatches(
                "GET",
                "/api/v1/certificates/{certNo}/verification",
                SERVICE.client().get("/api/v1/certificates/" + certificateNo + "/verification"),
                "application/json");
    }

    @Test
    void refusalsMatchTheDocumentedProblemShape() {
        String number = json(SERVICE.client()
                        .submit(
                                SampleSubmissions.applicationJson("INC", "Refused Person"),
                                SampleDocuments.pdf(1_000, 2)))
                .get("applicationNo")
                .asText();
        assertMatches(
                "GET",
                "/api/v1/applications/{no}",
                SERVICE.client().get("/api/v1/applications/" + number),
                "application/problem+json");
        assertMatches(
                "GET",
                "/api/v1/applications/{no}",
                SERVICE.client().withAccessCode("0000000000").get("/api/v1/applications/" + number),
                "application/problem+json");
        assertMatches(
                "GET",
                "/api/v1/applications",
                SERVICE.client().get("/api/v1/applications"),
                "application/problem+json");
        assertMatches(
                "POST",
                "/api/v1/auth/login",
                SERVICE.client().postJson("/api/v1/auth/login", "{\"username\":\"ri.balod\",\"password\":\"wrong\"}"),
                "application/problem+json");
        assertMatches(
                "POST",
                "/api/v1/applications/{no}/field-report",
                SERVICE.client()
                        .asOfficer("tehsildar.balod")
                        .postJson(
                                "/api/v1/applications/" + number + "/field-report", "{\"recommendation\":\"APPROVE\"}"),
                "application/problem+json");
    }

    @Test
    void problemsMatchTheDocumentedProblemShape() {
        assertMatches(
                "POST",
                "/api/v1/applications",
                SERVICE.client()
                        .submit(SampleSubmissions.applicationJson("XYZ", "Bad Code"), SampleDocuments.pdf(1_000, 1)),
                "application/problem+json");
        assertMatches(
                "POST",
                "/api/v1/applications",
                SERVICE.client().submit(SampleSubmissions.applicationJson("INC", "No Docs")),
                "application/problem+json");
        assertMatches(
                "GET",
                "/api/v1/applications/{no}",
                SERVICE.client().asOfficer("ri.balod").get("/api/v1/applications/CG-INC-2026-0000000"),
                "application/problem+json");
        assertMatches(
                "GET",
                "/api/v1/certificates/{certNo}/verification",
                SERVICE.client().get("/api/v1/certificates/CRT-NONE/verification"),
                "application/problem+json");
    }

    @Test
    void theContractCatchesAnAnswerThatBreaksIt() {
        JsonNode broken = parse("{\"applicationNo\":\"not-a-number\",\"status\":\"LOST\"}");
        assertThat(CONTRACT.checkResponse("GET", "/api/v1/applications/{no}", 200, "application/json", broken))
                .as("the validator really validates")
                .isNotEmpty();
    }

    private static void assertMatches(String method, String path, HttpResponse<byte[]> response, String mediaType) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
        assertThat(CONTRACT.checkResponse(method, path, response.statusCode(), mediaType, json(response)))
                .as("%s %s -> %d matches openapi.yaml", method, path, response.statusCode())
                .isEmpty();
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
