package org.sevasurge.simulations.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sevasurge.simulations.ledger.LedgerProblem.Kind;
import org.sevasurge.simulations.recording.LedgerEntry;

/**
 * Reads every acknowledged application back ({@code GET /api/v1/applications/{no}}) and compares it with the
 * ledger. Runs after the load, with a few parallel requests (plain JDK HTTP, independent of Gatling). Each
 * application gets up to {@link #ATTEMPTS} tries before it counts as unreadable. Thread-safe: each
 * {@link #check} call has its own state.
 */
public final class LedgerCheck {
    /** Problems listed in detail in ledger-check.json; all are counted. */
    public static final int MAX_LISTED_PROBLEMS = 50;

    static final int ATTEMPTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI target;
    private final int parallelism;
    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param target      the service's base URL
     * @param parallelism requests in flight at once
     * @param timeout     per-request timeout
     */
    public LedgerCheck(URI target, int parallelism, Duration timeout) {
        this.target = target;
        this.parallelism = parallelism;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** @return the verdict on {@code entries} */
    public LedgerVerdict check(List<LedgerEntry> entries) throws InterruptedException {
        long start = System.nanoTime();
        List<LedgerProblem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, Set<String>> keysByNumber = new LinkedHashMap<>();
        Map<String, Set<String>> numbersByKey = new LinkedHashMap<>();
        Map<String, LedgerEntry> firstByNumber = new LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            keysByNumber
                    .computeIfAbsent(entry.applicationNo(), n -> new LinkedHashSet<>())
                    .add(entry.idempotencyKey());
            numbersByKey
                    .computeIfAbsent(entry.idempotencyKey(), k -> new LinkedHashSet<>())
                    .add(entry.applicationNo());
            firstByNumber.putIfAbsent(entry.applicationNo(), entry);
        }
        keysByNumber.forEach((number, keys) -> {
            if (keys.size() > 1) {
                problems.add(new LedgerProblem(
                        Kind.DUPLICATED,
                        number,
                        keys.iterator().next(),
                        "one application number acknowledged under " + keys.size() + " keys: " + keys));
            }
        });
        numbersByKey.forEach((key, numbers) -> {
            if (numbers.size() > 1) {
                problems.add(new LedgerProblem(
                        Kind.DUPLICATED,
                        numbers.iterator().next(),
                        key,
                        "one Idempotency-Key acknowledged with " + numbers.size() + " application numbers: "
                                + numbers));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (LedgerEntry entry : firstByNumber.values()) {
                reads.add(pool.submit(() -> readBack(entry, problems)));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("ledger check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        problems.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        List<LedgerProblem> listed = problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS));
        return new LedgerVerdict(
                entries.size(),
                firstByNumber.size(),
                counts.getOrDefault(Kind.LOST, 0),
                counts.getOrDefault(Kind.CHANGED, 0),
                counts.getOrDefault(Kind.DUPLICATED, 0),
                counts.getOrDefault(Kind.UNREADABLE, 0),
                new ArrayList<>(listed),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void readBack(LedgerEntry entry, List<LedgerProblem> problems) {
        String number = entry.applicationNo();
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        target.resolve("/api/v1/applications/" + URLEncoder.encode(number, StandardCharsets.UTF_8)))
                .timeout(timeout)
                .GET();
        if (entry.accessCode() != null) {
            // Read back as the citizen would: with the access code the acknowledgement returned.
            builder.header("Access-Code", entry.accessCode());
        }
        HttpRequest request = builder.build();
        String lastFailure = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 404) {
                    problems.add(new LedgerProblem(
                            Kind.LOST,
                            number,
                            entry.idempotencyKey(),
                            "acknowledged at " + entry.ackedAt() + ", now 404"));
                    return;
                }
                if (response.statusCode() == 200) {
                    JsonNode body = JSON.readTree(response.body());
                    String found = body.path("payloadSha256").asText("");
                    if (!found.equals(entry.payloadSha256())) {
                        problems.add(new LedgerProblem(
                                Kind.CHANGED,
                                number,
                                entry.idempotencyKey(),
                                "payloadSha256 sent " + entry.payloadSha256() + ", stored " + found));
                    }
                    return;
                }
                lastFailure = "HTTP " + response.statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastFailure = "interrupted";
                break;
            } catch (Exception e) {
                lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (attempt < ATTEMPTS) {
                sleepBeforeRetry(attempt);
            }
        }
        problems.add(new LedgerProblem(
                Kind.UNREADABLE,
                number,
                entry.idempotencyKey(),
                "no answer after " + ATTEMPTS + " attempts: " + lastFailure));
    }

    private static void sleepBeforeRetry(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
