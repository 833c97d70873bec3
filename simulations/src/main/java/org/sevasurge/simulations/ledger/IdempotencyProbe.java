package org.sevasurge.simulations.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.recording.LedgerEntry;
import org.sevasurge.simulations.workload.Document;
import org.sevasurge.simulations.workload.Submission;
import org.sevasurge.simulations.workload.SubmissionFactory;

/**
 * An operator retrying after the fact: acknowledged submissions sent again, byte for byte (regenerated from the
 * run's seed and the sequence in their Idempotency-Key), with the same key. The service must answer with the
 * original application, never a new one. Every submission acknowledged on a retry is probed, and evenly spread
 * others up to {@link #MAX_PROBES} in all. Thread-safe: each call has its own state.
 */
public final class IdempotencyProbe {
    /** The most submissions sent again. */
    public static final int MAX_PROBES = 40;
    /** The file in the run folder. */
    public static final String FILE = RunLayout.IDEMPOTENCY_PROBE;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String BOUNDARY = "sevasurge-probe-boundary";

    private final URI target;
    private final SubmissionFactory submissions;
    private final String keyPrefix;
    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param runId the run whose keys are {@code ss-<runId>-<sequence>}
     * @param seed  the run's seed
     */
    public IdempotencyProbe(URI target, SeasonCalendar calendar, String runId, long seed, Duration timeout) {
        this.target = target;
        this.keyPrefix = "ss-" + runId;
        this.submissions = new SubmissionFactory(seed, calendar, keyPrefix);
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * The outcome. Immutable.
     *
     * @param probed    submissions sent again
     * @param original  answered with their original application number
     * @param different answered with another application number: a duplicate
     * @param failed    not answered with a 201 (listed in the file)
     */
    public record Result(int probed, int original, int different, int failed) {}

    /** Probes {@code entries}, writes {@value #FILE} into {@code runDir} and returns the outcome. */
    public Result probe(List<LedgerEntry> entries, Path runDir) throws InterruptedException {
        List<LedgerEntry> chosen = choose(entries);
        int original = 0;
        int different = 0;
        List<String> problems = new ArrayList<>();
        for (LedgerEntry entry : chosen) {
            String answer;
            try {
                answer = resend(entry);
            } catch (IOException e) {
                answer = "no answer (" + e.getMessage() + ")";
            }
            if (answer.equals(entry.applicationNo())) {
                original++;
            } else if (answer.startsWith("HTTP ") || answer.startsWith("no answer")) {
                problems.add(entry.idempotencyKey() + ": " + answer);
            } else {
                different++;
                problems.add(
                        entry.idempotencyKey() + ": answered " + answer + ", acknowledged as " + entry.applicationNo());
            }
        }
        Result result = new Result(chosen.size(), original, different, problems.size() - different);
        ObjectNode root = JSON.createObjectNode()
                .put("probed", result.probed())
                .put("original", original)
                .put("different", different)
                .put("failed", result.failed());
        problems.forEach(root.putArray("problems")::add);
        try {
            JSON.writeValue(runDir.resolve(FILE).toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + runDir.resolve(FILE), e);
        }
        return result;
    }

    private List<LedgerEntry> choose(List<LedgerEntry> entries) {
        List<LedgerEntry> ours = entries.stream()
                .filter(e -> e.idempotencyKey().startsWith(keyPrefix + "-"))
                .sorted(Comparator.comparing(LedgerEntry::ackedAt))
                .toList();
        List<LedgerEntry> chosen = new ArrayList<>(
                ours.stream().filter(e -> e.attempt() > 1).limit(MAX_PROBES).toList());
        int room = MAX_PROBES - chosen.size();
        List<LedgerEntry> first = ours.stream().filter(e -> e.attempt() == 1).toList();
        for (int i = 0; i < room && i < first.size(); i++) {
            chosen.add(first.get((int) ((long) i * first.size() / Math.min(room, first.size()))));
        }
        return chosen;
    }

    /** @return the application number of the answer, or {@code HTTP <status>} when it is not a 201 */
    private String resend(LedgerEntry entry) throws IOException, InterruptedException {
        long sequence = Long.parseLong(entry.idempotencyKey().substring(keyPrefix.length() + 1));
        Submission submission = submissions.create(sequence);
        HttpRequest request = HttpRequest.newBuilder(target.resolve("/api/v1/applications"))
                .timeout(timeout)
                .header("Idempotency-Key", submission.idempotencyKey())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(submission)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        JsonNode body = JSON.readTree(response.body());
        return body.path("applicationNo").asText("HTTP " + response.statusCode() + " without an application number");
    }

    private static byte[] multipart(Submission submission) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(
                body,
                "Content-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json",
                submission.applicationJson());
        Document[] documents = submission.documents();
        for (int i = 0; i < documents.length; i++) {
            part(
                    body,
                    "Content-Disposition: form-data; name=\"documents\"; filename=\"document-" + i + "."
                            + documents[i].type().key() + "\"\r\nContent-Type: "
                            + documents[i].type().contentType(),
                    documents[i].bytes());
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String headers, byte[] content) throws IOException {
        body.write(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
