package org.sevasurge.testbed.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger check after a crash: every acknowledged application is read back through the API
 * ({@code GET /api/v1/applications/{no}}) and, when the document volume is given, every document is read from it
 * and hashed. Lost: the service answers 404. Changed: another payload hash or document list, or a document file
 * missing or with other bytes. Unreadable: no 200 or 404 after three tries. Stateless.
 */
final class AckCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 3;
    private static final int LISTED_PROBLEMS = 3;

    /** The verdict, with the first problems spelled out. */
    record Verdict(int acknowledged, int lost, int changed, int unreadable, List<String> problems) {
        boolean intact() {
            return lost == 0 && changed == 0 && unreadable == 0;
        }

        @Override
        public String toString() {
            return acknowledged + " acknowledged, " + lost + " lost, " + changed + " changed, " + unreadable
                    + " unreadable" + (problems.isEmpty() ? "" : "; first problems: " + problems);
        }
    }

    /** Every application of the load is submitted in BALOD; its inspector reads them back. */
    private static final String INSPECTOR = "ri.balod";

    private AckCheck() {}

    /**
     * @param documents the service's document volume ({@code ab/abcdef...}), or null to check through the API only
     */
    static Verdict check(URI service, Path documents, List<Acknowledged> acks) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = officerToken(client, service);
        int lost = 0;
        int changed = 0;
        int unreadable = 0;
        List<String> problems = new ArrayList<>();
        for (Acknowledged ack : acks) {
            String problem;
            Kind kind;
            HttpResponse<String> answer = read(client, service, ack, token);
            if (answer == null) {
                kind = Kind.UNREADABLE;
                problem = ack.applicationNo() + " did not answer 200 or 404";
            } else if (answer.statusCode() == 404) {
                kind = Kind.LOST;
                problem = ack.applicationNo() + " acknowledged, now 404";
            } else {
                problem = difference(ack, answer.body(), documents);
                kind = problem == null ? Kind.INTACT : Kind.CHANGED;
            }
            switch (kind) {
                case LOST -> lost++;
                case CHANGED -> changed++;
                case UNREADABLE -> unreadable++;
                default -> {}
            }
            if (problem != null && problems.size() < LISTED_PROBLEMS) {
                problems.add(problem);
            }
        }
        return new Verdict(acks.size(), lost, changed, unreadable, problems);
    }

    private enum Kind {
        INTACT,
        LOST,
        CHANGED,
        UNREADABLE
    }

    private static String difference(Acknowledged ack, String body, Path documents) {
        try {
            JsonNode view = JSON.readTree(body);
            String payload = view.path("payloadSha256").asText();
            if (!payload.equals(ack.payloadSha256())) {
                return ack.applicationNo() + " payloadSha256 sent " + ack.payloadSha256() + ", stored " + payload;
            }
            List<String> stored = new ArrayList<>();
            view.path("documents").forEach(d -> stored.add(d.path("sha256").asText()));
            if (!stored.equals(ack.documentSha256s())) {
                return ack.applicationNo() + " documents sent " + ack.documentSha256s() + ", stored " + stored;
            }
            if (documents != null) {
                for (String sha : stored) {
                    Path file = documents.resolve(sha.substring(0, 2)).resolve(sha);
                    if (!Files.exists(file)) {
                        return ack.applicationNo() + " document " + sha + " missing from the volume";
                    }
                    String onDisk = SubmissionLoad.sha256(Files.readAllBytes(file));
                    if (!onDisk.equals(sha)) {
                        return ack.applicationNo() + " document " + sha + " has other bytes on the volume ("
                                + Files.size(file) + " bytes, SHA-256 " + onDisk + ")";
                    }
                }
            }
            return null;
        } catch (IOException e) {
            return ack.applicationNo() + " unreadable answer or document: " + e;
        }
    }

    /**
     * Reads back as the district's inspector, logged in after the restart: a citizen's access code is keyed by a
     * secret in the database, which a broken promise may lose with the rest, and a 403 for a stale code would hide
     * whether the application itself survived.
     */
    private static String officerToken(HttpClient client, URI service) throws InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(service.resolve("/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + INSPECTOR + "\",\"password\":\"" + INSPECTOR + "@sevasurge\"}"))
                .build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> answer = client.send(login, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return JSON.readTree(answer.body()).get("accessToken").asText();
                }
            } catch (IOException e) {
                // retried below
            }
            Thread.sleep(500L * attempt);
        }
        throw new IllegalStateException(INSPECTOR + " could not log in to " + service + " to read the ledger back");
    }

    private static HttpResponse<String> read(HttpClient client, URI service, Acknowledged ack, String token)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/api/v1/applications/" + ack.applicationNo()))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || response.statusCode() == 404) {
                    return response;
                }
            } catch (IOException e) {
                // retried below
            }
            Thread.sleep(200L * attempt);
        }
        return null;
    }
}
