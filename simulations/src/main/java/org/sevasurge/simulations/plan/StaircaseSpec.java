package org.sevasurge.simulations.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One staircase of a capacity search, as the orchestrator asks the injector to run it ({@code staircase.json} in the
 * run folder): the rates to hold, each for {@code holdSeconds}, of either a journey of the season ({@code journey})
 * or one HTTP request of any server ({@code request}). Immutable.
 *
 * @param journey          {@code season-mix}, a journey id, or {@code request}
 * @param profile          the calendar profile whose SLOs and readFactor apply (season journeys)
 * @param rates            the knob of each step, rising
 * @param holdSeconds      how long each step lasts
 * @param seedApplications applications submitted (and, for downloads and verifications, approved) before the first
 *                         step, so that reads have something to read; 0 for none
 * @param request          the request of a {@code request} staircase, else null
 * @param retrySubmissions whether an open submission is retried with the same Idempotency-Key after no answer, a
 *                         503 or a 507, as the calendar's operators do (a resilience scenario), or sent once (a
 *                         capacity search, where an error is an error)
 */
public record StaircaseSpec(
        String journey,
        String profile,
        List<Double> rates,
        int holdSeconds,
        int seedApplications,
        RequestSpec request,
        boolean retrySubmissions) {

    /** A staircase whose open submissions are sent once. */
    public StaircaseSpec(
            String journey,
            String profile,
            List<Double> rates,
            int holdSeconds,
            int seedApplications,
            RequestSpec request) {
        this(journey, profile, rates, holdSeconds, seedApplications, request, false);
    }

    /** The journey value of a staircase of one HTTP request. */
    public static final String REQUEST = "request";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StaircaseSpec {
        rates = List.copyOf(rates);
        if (rates.isEmpty() || holdSeconds < 1) {
            throw new IllegalArgumentException("a staircase needs at least one rate and a hold of at least 1 s");
        }
    }

    /**
     * One HTTP request to search the capacity of. Immutable.
     *
     * @param method    e.g. GET
     * @param path      path and query, e.g. {@code /api/v1/applications/CG-INC-2026-0000001}
     * @param body      the body file, or null
     * @param headers   extra headers
     * @param p95Millis the SLO's 95th percentile, ms
     * @param p99Millis the SLO's 99th percentile, ms
     * @param maxErrorPercent the SLO's largest error share, percent
     */
    public record RequestSpec(
            String method,
            String path,
            @Nullable Path body,
            Map<String, String> headers,
            int p95Millis,
            int p99Millis,
            double maxErrorPercent) {
        public RequestSpec {
            headers = Map.copyOf(headers);
        }
    }

    /** Writes this spec as JSON. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("journey", journey)
                .put("profile", profile)
                .put("holdSeconds", holdSeconds)
                .put("seedApplications", seedApplications)
                .put("retrySubmissions", retrySubmissions);
        rates.forEach(root.putArray("rates")::add);
        if (request != null) {
            ObjectNode r = root.putObject("request")
                    .put("method", request.method())
                    .put("path", request.path())
                    .put("body", request.body() == null ? null : request.body().toString())
                    .put("p95Millis", request.p95Millis())
                    .put("p99Millis", request.p99Millis())
                    .put("maxErrorPercent", request.maxErrorPercent());
            request.headers().forEach(r.putObject("headers")::put);
        }
        try {
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return the spec written by {@link #write} */
    public static StaircaseSpec read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Double> rates = new ArrayList<>();
            root.get("rates").forEach(rate -> rates.add(rate.asDouble()));
            RequestSpec request = null;
            if (root.hasNonNull("request")) {
                JsonNode r = root.get("request");
                Map<String, String> headers = new LinkedHashMap<>();
                r.path("headers")
                        .fields()
                        .forEachRemaining(
                                e -> headers.put(e.getKey(), e.getValue().asText()));
                request = new RequestSpec(
                        r.get("method").asText(),
                        r.get("path").asText(),
                        r.hasNonNull("body") ? Path.of(r.get("body").asText()) : null,
                        headers,
                        r.get("p95Millis").asInt(),
                        r.get("p99Millis").asInt(),
                        r.get("maxErrorPercent").asDouble());
            }
            return new StaircaseSpec(
                    root.get("journey").asText(),
                    root.path("profile").asText("season"),
                    rates,
                    root.get("holdSeconds").asInt(),
                    root.path("seedApplications").asInt(0),
                    request,
                    root.path("retrySubmissions").asBoolean(false));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a staircase spec (" + e.getMessage() + ")", e);
        }
    }

    /** @return the run seconds of step {@code index}'s start */
    public double stepStart(int index) {
        return (double) index * holdSeconds;
    }
}
