package org.sevasurge.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.testing.OpenApiContract;
import org.sevasurge.service.testing.SampleDocuments;
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
        String form = SampleDocuments.applicationJson("RES", "Contract Person");
        assertThat(CONTRACT.checkRequest("POST", "/api/v1/applications", "multipart/form-data", "application",
                parse(form))).as("the sample application part").isEmpty();
        HttpResponse<byte[]> submitted = SERVICE.client().submit(form, SampleDocuments.pdf(20_000, 1),
                SampleDocuments.png(5_000, 2));
        assertMatches("POST", "/api/v1/applications", submitted, "application/json");
        String number = json(submitted).get("applicationNo").asText();

        assertMatches("GET", "/api/v1/applications/{no}", SERVICE.client().get("/api/v1/applications/" + number),
                "application/json");
        assertMatches("GET", "/api/v1/applications", SERVICE.client().get("/api/v1/applications?status=SUBMITTED&size=5"),
                "application/json");

        String report = "{\"inspectorId\":\"RI-9\",\"recommendation\":\"APPROVE\",\"khasraNo\":\"112/3\"}";
        assertThat(CONTRACT.checkRequest("POST", "/api/v1/applications/{no}/field-report", "application/json", null,
                parse(report))).isEmpty();
        assertMatches("POST", "/api/v1/applications/{no}/field-report",
                SERVICE.client().postJson("/api/v1/applications/" + number + "/field-report", report), "application/json");

        String decision = "{\"officerId\":\"TEH-1\",\"outcome\":\"APPROVE\"}";
        assertThat(CONTRACT.checkRequest("POST", "/api/v1/applications/{no}/decision", "application/json", null,
                parse(decision))).isEmpty();
        HttpResponse<byte[]> approved = SERVICE.client().postJson("/api/v1/applications/" + number + "/decision", decision);
        assertMatches("POST", "/api/v1/applications/{no}/decision", approved, "application/json");

        String certificateNo = json(approved).get("certificateNo").asText();
        assertMatches("GET", "/api/v1/certificates/{certNo}/verification",
                SERVICE.client().get("/api/v1/certificates/" + certificateNo + "/verification"), "application/json");
    }

    @Test
    void problemsMatchTheDocumentedProblemShape() {
        assertMatches("POST", "/api/v1/applications",
                SERVICE.client().submit(SampleDocuments.applicationJson("XYZ", "Bad Code"), SampleDocuments.pdf(1_000, 1)),
                "application/problem+json");
        assertMatches("POST", "/api/v1/applications",
                SERVICE.client().submit(SampleDocuments.applicationJson("INC", "No Docs")), "application/problem+json");
        assertMatches("GET", "/api/v1/applications/{no}", SERVICE.client().get("/api/v1/applications/CG-INC-2026-0000000"),
                "application/problem+json");
        assertMatches("GET", "/api/v1/certificates/{certNo}/verification",
                SERVICE.client().get("/api/v1/certificates/CRT-NONE/verification"), "application/problem+json");
    }

    @Test
    void theContractCatchesAnAnswerThatBreaksIt() {
        JsonNode broken = parse("{\"applicationNo\":\"not-a-number\",\"status\":\"LOST\"}");
        assertThat(CONTRACT.checkResponse("GET", "/api/v1/applications/{no}", 200, "application/json", broken))
                .as("the validator really validates").isNotEmpty();
    }

    private static void assertMatches(String method, String path, HttpResponse<byte[]> response, String mediaType) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(mediaType));
        assertThat(CONTRACT.checkResponse(method, path, response.statusCode(), mediaType, json(response)))
                .as("%s %s -> %d matches openapi.yaml", method, path, response.statusCode()).isEmpty();
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
