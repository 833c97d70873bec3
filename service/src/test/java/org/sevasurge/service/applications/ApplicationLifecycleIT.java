package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.certificates.VerificationAddress;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.ServiceExtension;

class ApplicationLifecycleIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    private static ServiceClient inspector() {
        return SERVICE.client().asOfficer("ri.balod");
    }

    private static ServiceClient approver() {
        return SERVICE.client().asOfficer("tehsildar.balod");
    }

    @Test
    void anApplicationGoesFromSubmissionToAVerifiableCertificate() throws Exception {
        HttpResponse<byte[]> submitted = SERVICE.client()
                .submit(
                        SampleSubmissions.applicationJson("INC", "Sunita Sahu"),
                        SampleDocuments.pdf(150_000, 1),
                        SampleDocuments.jpeg(120_000, 2),
                        SampleDocuments.png(90_000, 3),
                        SampleDocuments.pdf(200_000, 4));
        assertThat(submitted.statusCode())
                .as("submission accepted: %s", new String(submitted.body()))
                .isEqualTo(201);
        JsonNode receipt = json(submitted);
        String number = receipt.get("applicationNo").asText();
        assertThat(number).as("readable number: state, service, year, serial").matches("CG-INC-\\d{4}-\\d{7}");
        assertThat(submitted.headers().firstValue("Location")).hasValue("/api/v1/applications/" + number);
        assertThat(receipt.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(receipt.get("documents")).as("four documents recorded").hasSize(4);
        assertThat(receipt.get("documents").get(1).get("contentType").asText()).isEqualTo("image/jpeg");
        LocalDate submittedInIndia = OffsetDateTime.parse(
                        receipt.get("submittedAt").asText())
                .atZoneSameInstant(ZoneId.of("Asia/Kolkata"))
                .toLocalDate();
        assertThat(LocalDate.parse(receipt.get("slaDueDate").asText()))
                .as("income certificates are due 30 days after the day of submission in India")
                .isEqualTo(submittedInIndia.plusDays(30));

        assertThat(receipt.get("accessCode").asText())
                .as("the citizen's second factor")
                .matches("[0-9A-Z]{10}");
        ServiceClient citizen = SERVICE.client().citizenOf(submitted);
        JsonNode status = json(citizen.get("/api/v1/applications/" + number));
        assertThat(status.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(status.get("payloadSha256").asText())
                .isEqualTo(receipt.get("payloadSha256").asText());

        ServiceClient inspector = inspector();
        HttpResponse<byte[]> visit = inspector.postJson(
                "/api/v1/applications/" + number + "/field-report",
                "{\"recommendation\":\"APPROVE\",\"complete\":false}");
        assertThat(json(visit).get("status").asText()).as("visit begun").isEqualTo("UNDER_VERIFICATION");
        HttpResponse<byte[]> report = inspector.postJson(
                "/api/v1/applications/" + number + "/field-report",
                "{\"recommendation\":\"APPROVE\",\"remarks\":\"Income confirmed\"}");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json(report).get("status").asText()).isEqualTo("VERIFIED");
        assertThat(json(report).get("fieldReport").get("remarks").asText()).isEqualTo("Income confirmed");
        assertThat(json(report).get("fieldReport").get("inspector").asText())
                .as("who reported, from the token")
                .isEqualTo("ri.balod");

        HttpResponse<byte[]> decision =
                approver().postJson("/api/v1/applications/" + number + "/decision", "{\"outcome\":\"APPROVE\"}");
        assertThat(decision.statusCode()).as(new String(decision.body())).isEqualTo(200);
        JsonNode approved = json(decision);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("decision").get("officer").asText())
                .as("who decided, from the token")
                .isEqualTo("tehsildar.balod");
        String certificateNo = approved.get("certificateNo").asText();
        assertThat(certificateNo).isEqualTo("CRT-" + number.substring(3));

        HttpResponse<byte[]> pdf = citizen.get("/api/v1/certificates/" + certificateNo);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .as("the certificate names the applicant and its number")
                    .contains("Sunita Sahu", certificateNo, number);
        }

        JsonNode verification = json(SERVICE.client().get("/api/v1/certificates/" + certificateNo + "/verification"));
        assertThat(verification.get("valid").asBoolean())
                .as("genuine certificate verifies")
                .isTrue();
        assertThat(verification.get("signatureValid").asBoolean()).isTrue();
        assertThat(verification.has("applicantName"))
                .as("no name to whoever walks certificate numbers")
                .isFalse();
        assertThat(verification.has("guardianName") || verification.has("applicationNo"))
                .as("never more than a college needs")
                .isFalse();
        assertThat(verification.get("algorithm").asText()).isEqualTo("Ed25519");
        JsonNode scanned = json(SERVICE.client()
                .get("/api/v1/certificates/" + certificateNo + "/verification?signature="
                        + validSignature(certificateNo)));
        assertThat(scanned.get("applicantName").asText())
                .as("the holder's name to whoever scans the paper")
                .isEqualTo("Sunita Sahu");
    }

    @Test
    void aTamperedCertificateNumberOrSignatureFailsVerification() throws Exception {
        String certificateNo = approvedCertificate("Anil Verma");
        JsonNode genuine = json(SERVICE.client().get("/api/v1/certificates/" + certificateNo + "/verification"));
        assertThat(genuine.get("valid").asBoolean()).isTrue();

        String forgedNumber =
                certificateNo.substring(0, certificateNo.length() - 1) + (certificateNo.endsWith("9") ? "8" : "9");
        HttpResponse<byte[]> unknown = SERVICE.client().get("/api/v1/certificates/" + forgedNumber + "/verification");
        assertThat(unknown.statusCode())
                .as("a number never issued is not found")
                .isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<byte[]> qr = SERVICE.client()
                .get("/api/v1/certificates/" + certificateNo + "/verification?signature="
                        + tamper(validSignature(certificateNo)));
        JsonNode forged = json(qr);
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(forged.get("checkedSignature").asText()).isEqualTo("presented");
        assertThat(forged.get("signatureValid").asBoolean())
                .as("a flipped signature does not verify")
                .isFalse();
        assertThat(forged.get("valid").asBoolean()).isFalse();

        JsonNode presentedGenuine = json(SERVICE.client()
                .get("/api/v1/certificates/" + certificateNo + "/verification?signature="
                        + validSignature(certificateNo)));
        assertThat(presentedGenuine.get("valid").asBoolean())
                .as("the QR code's own signature verifies")
                .isTrue();
    }

    @Test
    void theQrCodesShortAddressLeadsTheScannerToTheCheckThatNamesTheHolder() throws Exception {
        String certificateNo = approvedCertificate("Kavita Netam");
        byte[] signature = SERVICE.service()
                .queryBytes("SELECT signature FROM certificates WHERE certificate_no = ?", certificateNo);
        URI address = VerificationAddress.of("http://127.0.0.1", certificateNo, signature);

        HttpResponse<byte[]> scanned = SERVICE.client().get(address.getRawPath());
        assertThat(scanned.statusCode())
                .as("the short address sends the scanner on")
                .isEqualTo(303);
        String location = scanned.headers().firstValue("Location").orElseThrow();
        JsonNode checked = json(SERVICE.client().get(location));
        assertThat(checked.get("certificateNo").asText()).isEqualTo(certificateNo);
        assertThat(checked.get("valid").asBoolean())
                .as("the paper's tag verifies")
                .isTrue();
        assertThat(checked.get("checkedSignature").asText()).isEqualTo("presented");
        assertThat(checked.get("applicantName").asText())
                .as("the holder's name to whoever scans the paper")
                .isEqualTo("Kavita Netam");

        String path = address.getRawPath();
        char last = path.charAt(path.length() - 1);
        String wrongTag = path.substring(0, path.length() - 1) + (last == 'A' ? 'B' : 'A');
        JsonNode guessed = json(SERVICE.client()
                .get(SERVICE.client()
                        .get(wrongTag)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()));
        assertThat(guessed.get("signatureValid").asBoolean())
                .as("a guessed tag does not verify")
                .isFalse();
        assertThat(guessed.has("applicantName")).as("nor does it show the name").isFalse();
        assertThat(SERVICE.client().get(path + "0").statusCode())
                .as("a tag of the wrong length is no address")
                .isEqualTo(404);
    }

    @Test
    void aRejectedApplicationGetsNoCertificateAndCannotBeDecidedTwice() throws Exception {
        String number = verifiedApplication("Mohan Das");
        HttpResponse<byte[]> reject = approver()
                .postJson(
                        "/api/v1/applications/" + number + "/decision",
                        "{\"outcome\":\"REJECT\",\"reason\":\"Income above the limit\"}");
        assertThat(json(reject).get("status").asText()).isEqualTo("REJECTED");
        assertThat(json(reject).has("certificateNo")).isFalse();
        HttpResponse<byte[]> again =
                approver().postJson("/api/v1/applications/" + number + "/decision", "{\"outcome\":\"APPROVE\"}");
        assertThat(again.statusCode())
                .as("a decided application is in the wrong state")
                .isEqualTo(409);
        assertThat(json(again).get("detail").asText()).contains("REJECTED");
    }

    @Test
    void theQueueListsApplicationsOldestFirstPageByPage() throws Exception {
        String centreJson =
                SampleSubmissions.applicationJson("RES", "Queue Person").replace("LSK-0001", "LSK-0034");
        for (int i = 0; i < 3; i++) {
            assertThat(SERVICE.client()
                            .submit(centreJson, SampleDocuments.png(2_000, i))
                            .statusCode())
                    .isEqualTo(201);
        }
        ServiceClient officer = SERVICE.client().asOfficer("ri.balod");
        JsonNode first = json(officer.get("/api/v1/applications?centre=LSK-0034&status=SUBMITTED&size=2"));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        JsonNode second = json(officer.get("/api/v1/applications?centre=LSK-0034&status=SUBMITTED&size=2&page=1"));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(first.get("items").get(0).get("submittedAt").asText())
                .isLessThanOrEqualTo(
                        first.get("items").get(1).get("submittedAt").asText());
        HttpResponse<byte[]> badStatus = officer.get("/api/v1/applications?status=LOST");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(json(badStatus).get("errors").get(0).get("field").asText()).isEqualTo("status");
    }

    private static String verifiedApplication(String applicant) {
        HttpResponse<byte[]> submitted = SERVICE.client()
                .submit(
                        SampleSubmissions.applicationJson("OBC", applicant),
                        SampleDocuments.pdf(20_000, applicant.hashCode()));
        String number = json(submitted).get("applicationNo").asText();
        inspector().postJson("/api/v1/applications/" + number + "/field-report", "{\"recommendation\":\"APPROVE\"}");
        return number;
    }

    private static String approvedCertificate(String applicant) {
        String number = verifiedApplication(applicant);
        return json(approver().postJson("/api/v1/applications/" + number + "/decision", "{\"outcome\":\"APPROVE\"}"))
                .get("certificateNo")
                .asText();
    }

    /** The signature printed in the QR code: the one the service stored. */
    private static String validSignature(String certificateNo) throws Exception {
        byte[] signature = SERVICE.service()
                .queryBytes("SELECT signature FROM certificates WHERE certificate_no = ?", certificateNo);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static String tamper(String base64Url) {
        char first = base64Url.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64Url.substring(1);
    }
}
