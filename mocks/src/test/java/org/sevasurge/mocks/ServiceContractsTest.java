package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.mocks.faults.FaultSettings;
import org.sevasurge.mocks.faults.Latency;
import org.sevasurge.mocks.junit.GovernmentServiceMocksExtension;

class ServiceContractsTest {

    @RegisterExtension
    static final GovernmentServiceMocksExtension MOCKS = new GovernmentServiceMocksExtension(
            MockOptions.defaults().faults(FaultSettings.defaults().withHealthyLatency(Latency.logNormal(2, 0.1))));

    private final TestClient client = new TestClient(MOCKS.mocks().baseUrl());

    @Test
    void ekycMatchesAnOrdinaryApplicantAndGivesAReference() {
        TestClient.Outcome outcome = client.post("/ekyc/v1/verify", Payloads.EKYC_APPLICANT);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).contains("\"match\":true").containsPattern("\"referenceId\":\"EKYC-");
    }

    @Test
    void ekycNeverMatchesAnApplicantWhoseNameStartsWithNomatch() {
        TestClient.Outcome outcome = client.post("/ekyc/v1/verify", Payloads.EKYC_NOMATCH_APPLICANT);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body())
                .as("deterministic no-match rule")
                .contains("\"match\":false")
                .contains("\"reason\":\"DEMOGRAPHIC_MISMATCH\"");
    }

    @Test
    void ekycRejectsAnApplicantWithoutAValidMobile() {
        TestClient.Outcome outcome = client.post(
                "/ekyc/v1/verify", "{\"name\":\"Asha\",\"dateOfBirth\":\"1990-04-01\",\"mobile\":\"12345\"}");

        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.body()).contains("INVALID_REQUEST").contains("mobile");
    }

    @Test
    void smsGatewayQueuesAMessageWith202AndAMessageId() {
        TestClient.Outcome outcome = client.post("/sms/v1/messages", Payloads.SMS);

        assertThat(outcome.status()).isEqualTo(202);
        assertThat(outcome.body()).contains("\"messageId\":\"SMS-").contains("\"status\":\"QUEUED\"");
    }

    @Test
    void digiLockerGivesTheSameDocumentIdWhenACertificateIsPushedAgain() {
        TestClient.Outcome first = client.post("/digilocker/v1/documents", Payloads.DIGILOCKER_PUSH);
        TestClient.Outcome retry = client.post("/digilocker/v1/documents", Payloads.DIGILOCKER_PUSH);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.response().headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("/digilocker/v1/documents/DL-"));
        assertThat(retry.body())
                .as("an outbox retry must not create a second document")
                .isEqualTo(first.body());
    }

    @Test
    void landRecordsAnswerTheSamePlotTheSameWayEveryTime() {
        TestClient.Outcome first = client.get(Payloads.PLOT_QUERY);
        TestClient.Outcome again = client.get(Payloads.PLOT_QUERY);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body())
                .contains("\"owner\":")
                .contains("\"areaHectares\":")
                .contains("\"village\":")
                .contains("\"khasra\":\"123/4\"");
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void landRecordsKnowNoPlotWhoseKhasraStartsWith999() {
        assertThat(client.get("/bhuiyan/v1/plots?district=Raipur&khasra=999/1").status())
                .isEqualTo(404);
        assertThat(client.get("/bhuiyan/v1/plots?district=Raipur").status()).isEqualTo(400);
    }

    @Test
    void unknownPathsGetAJson404() {
        TestClient.Outcome underService = client.get("/sms/v2/unknown");
        TestClient.Outcome elsewhere = client.get("/not-a-service");

        assertThat(underService.status()).isEqualTo(404);
        assertThat(underService.body()).contains("NOT_FOUND");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("NOT_FOUND");
    }
}
