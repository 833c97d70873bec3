package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.http.Json;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.ServiceExtension;

/** The status answer is remembered per application, yet never older than the application's row. */
class StatusAnswersIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    @Test
    void aChangeMadeOutsideThisServiceShowsInTheNextStatusRead() throws Exception {
        HttpResponse<byte[]> receipt = SERVICE.client()
                .submit(SampleSubmissions.applicationJson("INC", "Cached Person"), SampleDocuments.pdf(20_000, 3));
        assertThat(receipt.statusCode()).isEqualTo(201);
        String number = json(receipt).get("applicationNo").asText();
        ServiceClient citizen = SERVICE.client().citizenOf(receipt);
        JsonNode first = json(citizen.get("/api/v1/applications/" + number));
        JsonNode again = json(citizen.get("/api/v1/applications/" + number));
        assertThat(again).as("an unchanged application answers the same").isEqualTo(first);

        // What another instance, the fee reconciliation or an operator might do: the row changes behind this
        // instance's back, and nothing tells it.
        try (Connection c = SERVICE.service().connect();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE applications SET fee_status = 'DECLINED' WHERE application_no = ?")) {
            ps.setString(1, number);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        HttpResponse<byte[]> after = citizen.get("/api/v1/applications/" + number);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(after).get("feeStatus").asText())
                .as("the row's new version is read, not the remembered answer")
                .isEqualTo("DECLINED");
        assertThat(json(after).get("documents")).isEqualTo(first.get("documents"));
    }

    @Test
    void theAnswerIsTheApplicationsViewAsJson() throws Exception {
        HttpResponse<byte[]> receipt = SERVICE.client()
                .submit(SampleSubmissions.applicationJson("RES", "Json Person"), SampleDocuments.pdf(10_000, 5));
        String number = json(receipt).get("applicationNo").asText();
        ApplicationView view;
        try (Connection c = SERVICE.service().connect()) {
            view = new ApplicationRepository().find(c, number).orElseThrow();
        }

        HttpResponse<byte[]> status = SERVICE.client().citizenOf(receipt).get("/api/v1/applications/" + number);

        assertThat(json(status)).isEqualTo(Json.MAPPER.readTree(Json.bytes(view)));
        assertThat(json(status).has("accessCode"))
                .as("the access code is in the receipt only")
                .isFalse();
    }
}
