package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sevasurge.service.testing.ServiceClient.json;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;
import org.sevasurge.service.testing.ServiceClient;
import org.sevasurge.service.testing.ServiceExtension;

/**
 * Hostile input gets a 4xx problem, never a 500 or an HTML page: deep nesting, NUL and lone surrogates, control
 * characters, absurd dates, unknown methods, a malformed request line, huge URIs and headers, a hang-up mid-body,
 * a body shorter than its length.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    @RegisterExtension
    static final ServiceExtension SERVICE = new ServiceExtension();

    @Test
    void deeplyNestedJsonIs400() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        assertProblem(SERVICE.client().submit(nested, SampleDocuments.pdf(1_000, 1)), 400);
        assertProblem(SERVICE.client().postJson("/api/v1/auth/login", "{\"username\":" + nested + "}"), 400);
    }

    @Test
    void nulLoneSurrogatesControlCharactersAndBidiOverridesInANameAre422NamingTheField() {
        for (String name : new String[] {
            "Sunita\\u0000Sahu",
            "Sunita \\ud800 Sahu",
            "Sunita\\u001b[31mSahu",
            "Sunita\\r\\nSahu",
            "Sunita \\u202eSahu"
        }) {
            HttpResponse<byte[]> response = SERVICE.client()
                    .submit(SampleSubmissions.applicationJson("INC", name), SampleDocuments.pdf(1_000, 2));
            assertProblem(response, 422);
            assertThat(json(response).get("errors").findValuesAsText("field"))
                    .as("for %s", name)
                    .contains("applicant.name");
        }
        assertThat(SERVICE.client()
                        .submit(SampleSubmissions.applicationJson("INC", "सुनीता साहू"), SampleDocuments.pdf(1_000, 3))
                        .statusCode())
                .as("Devanagari with its joiners is fine")
                .isEqualTo(201);
    }

    @Test
    void remarksWithNulAreRefusedAndLineBreaksAccepted() {
        String number = json(SERVICE.client()
                        .submit(
                                SampleSubmissions.applicationJson("INC", "Remark Person"),
                                SampleDocuments.pdf(1_000, 4)))
                .get("applicationNo")
                .asText();
        ServiceClient inspector = SERVICE.client().asOfficer("ri.balod");
        String path = "/api/v1/applications/" + number + "/field-report";
        assertProblem(inspector.postJson(path, "{\"recommendation\":\"APPROVE\",\"remarks\":\"a\\u0000b\"}"), 422);
        assertThat(inspector
                        .postJson(path, "{\"recommendation\":\"APPROVE\",\"remarks\":\"line one\\nline two\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDateOfBirthMoreThan120YearsAgoIs422() {
        HttpResponse<byte[]> response = SERVICE.client()
                .submit(
                        SampleSubmissions.applicationJson("INC", "Old Person").replace("2006-04-12", "1800-01-01"),
                        SampleDocuments.pdf(1_000, 5));
        assertProblem(response, 422);
        assertThat(json(response).get("errors").findValuesAsText("field")).contains("applicant.dateOfBirth");
    }

    @Test
    void nulInAQueryParameterOrPathIs4xx() {
        ServiceClient officer = SERVICE.client().asOfficer("ri.balod");
        assertProblem(officer.get("/api/v1/applications?centre=LSK-%00"), 400);
        assertProblem(officer.get("/api/v1/applications?district=%00"), 400);
        assertProblem(officer.get("/api/v1/applications?status=%00"), 400);
        assertProblem(officer.get("/api/v1/applications/CG-INC-%00"), 400);
    }

    @Test
    void anUnsupportedMethodOnAKnownPathIs405WithAllow() {
        HttpResponse<byte[]> response = SERVICE.client()
                .send(HttpRequest.newBuilder(
                                URI.create(SERVICE.service().baseUrl() + "/api/v1/applications/CG-INC-2027-0000001"))
                        .DELETE()
                        .build());
        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aMethodNameOfThousandsOfCharactersLeavesNoNewMetricLabel() throws Exception {
        String method = "X".repeat(4_000);
        String status = rawRequest(
                method + " /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Connection: close\r\n\r\n");
        assertThat(status).as("refused").doesNotContain(" 500 ").doesNotContain(" 200 ");
        String metrics = new String(SERVICE.client().get("/metrics").body(), StandardCharsets.UTF_8);
        assertThat(metrics).as("no label of the hostile method").doesNotContain("XXXXXXXXXX");
    }

    @Test
    void jettysOwnRefusalsAreProblems() throws Exception {
        assertThat(rawRequest("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon in this header\r\n\r\n"))
                .as("a malformed header")
                .contains(" 400 ")
                .contains("application/problem+json");
        assertThat(rawRequest("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                .as("a URI too long")
                .containsPattern(" 41[44] ")
                .contains("application/problem+json");
        assertThat(rawRequest(
                        "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"))
                .as("headers too large")
                .contains(" 431 ")
                .contains("application/problem+json");
        assertThat(rawRequest("GET /api/v1/applications/CG-INC-%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                .as("a refusal after which Jetty closes the connection says so, or a keep-alive client's next request"
                        + " goes down the closed connection and gets no answer")
                .contains(" 400 ")
                .containsIgnoringCase("Connection: close");
    }

    @Test
    void aMultipartParseErrorNamesNoJettyClass() {
        HttpResponse<byte[]> response = SERVICE.client()
                .send(HttpRequest.newBuilder(URI.create(SERVICE.service().baseUrl() + "/api/v1/applications"))
                        .header("Content-Type", "multipart/form-data; boundary=xyz")
                        .header("Idempotency-Key", "broken-0001")
                        .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nnot a header line\r\n\r\n--xyz--"))
                        .build());
        assertProblem(response, 400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("org.eclipse", "Exception");
    }

    @Test
    void readinessExposesNoAbsolutePaths() {
        String ready = new String(SERVICE.client().get("/health/ready").body(), StandardCharsets.UTF_8);
        assertThat(ready)
                .doesNotContain("\"path\"")
                .doesNotContain(SERVICE.service().documentsDirectory().toString());
    }

    // First: the log is caught process-wide, and an earlier test's request whose client gave up while the handler ran
    // can make Jetty itself log a warning with a stack trace in this test's window (seen in 2 of 3 full-class runs).
    @Test
    @Order(1)
    void aClientHangingUpMidBodyIsCountedAsClosedNotAs500AndLoggedWithoutAnErrorOrAStackTrace() throws Exception {
        // The service runs in this JVM and logs (slf4j-simple, warnings and up in tests) to System.err as it is
        // at each write, so what it logs about the hang-up is caught here.
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        String metrics;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            try (Socket socket = new Socket("127.0.0.1", SERVICE.service().port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Idempotency-Key: hangup-0001\r\nContent-Type: multipart/form-data; boundary=xyz\r\n"
                                + "Content-Length: 100000\r\n\r\n--xyz\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300);
            }
            metrics = metricsOnceTheyContain("sevasurge_requests_client_closed_total{phase=\"body\"} 1.0");
            Thread.sleep(200);
        } finally {
            System.setErr(stderr);
        }
        assertThat(metrics)
                .as("counted as a hang-up")
                .contains("sevasurge_requests_client_closed_total{phase=\"body\"} 1.0")
                .as("and not as a server error")
                .doesNotContain("status=\"500\"");
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .as("no error and no stack trace logged for a hang-up")
                .doesNotContain("ERROR")
                .doesNotContain("\tat ");
    }

    /**
     * Finding 2's last case: a body shorter than its {@code Content-Length} used to hold a thread and a request
     * permit until Jetty's 30 s idle timeout. Now the minimum body rate refuses it once its grace (2 s) is over.
     */
    @Test
    void aBodyShorterThanItsContentLengthIsRefusedWith408LongBeforeJettysIdleTimeoutAndItsPermitReleased()
            throws Exception {
        long start = System.nanoTime();
        String answer;
        try (Socket socket = new Socket("127.0.0.1", SERVICE.service().port())) {
            socket.setSoTimeout(25_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: short-0001\r\n"
                            + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 100000\r\n\r\n--xyz\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The connection stays open and silent, as a client that lied about its length (or lost its link).
            answer = new String(socket.getInputStream().readNBytes(4_096), StandardCharsets.ISO_8859_1);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(answer)
                .as("refused as too slow, a problem")
                .startsWith("HTTP/1.1 408 ")
                .contains("application/problem+json");
        assertThat(seconds).as("well before Jetty's 30 s idle timeout").isLessThan(15);
        assertThat(metricsOnceTheyContain("sevasurge_submissions_in_flight 0.0"))
                .as("its submission permit is released")
                .contains("sevasurge_submissions_in_flight 0.0");
    }

    /** The service's metrics once they contain {@code wanted}, or as they are after 5 s. */
    private static String metricsOnceTheyContain(String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = new String(SERVICE.client().get("/metrics").body(), StandardCharsets.UTF_8);
            if (metrics.contains(wanted)) {
                break;
            }
            Thread.sleep(50);
        }
        return metrics;
    }

    private static String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", SERVICE.service().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException reset) {
            return "(connection reset: " + reset.getMessage() + ")";
        }
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
