package org.sevasurge.capacity.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sevasurge.capacity.sizing.InstanceRow;
import org.sevasurge.capacity.sizing.Sizing;
import org.sevasurge.capacity.steps.JourneyRate;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.usl.UslFit;
import org.sevasurge.capacity.usl.UslPoint;

/**
 * Writes {@code capacity.json}, format {@value #SCHEMA} version {@value #VERSION}, described by the JSON Schema
 * {@code capacity.schema.json} shipped in this module's resources (and checked against it by the tests). Rates are
 * per second in the result's unit, latencies in milliseconds, CPU in core-equivalents and CPU-seconds. Stateless.
 */
public final class CapacityJson {
    public static final String SCHEMA = "sevasurge-capacity";
    public static final int VERSION = 1;
    /** The file name in a search's run folder. */
    public static final String FILE = "capacity.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CapacityJson() {}

    /** Writes {@code result} to {@code file}. */
    public static void write(CapacityResult result, Path file) {
        try {
            JSON.writeValue(file.toFile(), toJson(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return the JSON document of {@code result} */
    public static ObjectNode toJson(CapacityResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", VERSION);
        root.put("runId", result.runId());
        root.put("journey", result.journey());
        root.put("target", result.target());
        root.put("unit", result.finding().unit());
        CapacityFinding finding = result.finding();
        root.put("status", finding.status().name());
        putNumber(root, "capacityPerSecond", finding.capacityPerSecond());
        if (finding.limitReason() == null) {
            root.putNull("limit");
        } else {
            root.putObject("limit")
                    .put("atPerSecond", finding.limitAtPerSecond())
                    .put("reason", finding.limitReason());
        }
        root.put("line", finding.line());
        root.put("wallSeconds", result.wallSeconds());
        root.set("parameters", JSON.valueToTree(result.parameters()));
        ArrayNode steps = root.putArray("steps");
        result.steps().forEach(step -> steps.add(step(step)));
        root.set("usl", usl(result));
        ArrayNode sizing = root.putArray("sizing");
        result.sizing().forEach(s -> sizing.add(sizing(s)));
        if (result.storage() == null) {
            root.putNull("storage");
        } else {
            ObjectNode storage = root.putObject("storage");
            storage.put("acknowledged", result.storage().acknowledged());
            putNumber(storage, "documentBytesPerApplication", result.storage().documentBytesPerApplication());
            putNumber(storage, "databaseBytesPerApplication", result.storage().databaseBytesPerApplication());
        }
        return root;
    }

    private static ObjectNode step(SearchedStep searched) {
        StepMeasurement step = searched.step();
        ObjectNode node = JSON.createObjectNode();
        node.put("staircase", searched.staircase());
        node.put("index", step.index());
        node.put("offeredPerSecond", step.level());
        node.put("achievedPerSecond", step.achievedLevel());
        node.put("fromSeconds", step.fromSeconds());
        node.put("toSeconds", step.toSeconds());
        node.put("verdict", step.verdict().outcome().name());
        step.verdict().reasons().forEach(node.putArray("reasons")::add);
        node.put("throughputPerSecond", step.throughputPerSecond());
        node.put("concurrency", step.concurrency());
        putNumber(node, "cpuSecondsPerRequest", step.cpuSecondsPerRequest());
        ObjectNode server = node.putObject("server");
        putNumber(server, "cpuCores", step.server().cpuCores());
        putNumber(server, "heapBytes", step.server().heapBytes());
        putNumber(server, "maxHeapBytes", step.server().maxHeapBytes());
        putNumber(server, "poolActive", step.server().poolActive());
        putNumber(server, "inFlight", step.server().inFlight());
        server.put("scrapes", step.server().samples());
        server.put("failedScrapes", step.server().failures());
        node.putObject("injector")
                .put("meanCores", step.injector().meanCores())
                .put("peakCores", step.injector().peakCores())
                .put("share", step.injector().share());
        ArrayNode journeys = node.putArray("journeys");
        for (JourneyRate j : step.journeys()) {
            journeys.addObject()
                    .put("journey", j.journey())
                    .put("open", j.open())
                    .put("offeredPerSecond", j.offered())
                    .put("arrivedPerSecond", j.arrived())
                    .put("skippedPerSecond", j.skipped())
                    .put("achievedPerSecond", j.achieved());
        }
        ArrayNode requests = node.putArray("requests");
        for (RequestStats r : step.requests()) {
            ObjectNode request = requests.addObject()
                    .put("request", r.request())
                    .put("count", r.count())
                    .put("errors", r.errors())
                    .put("errorPercent", r.errorPercent())
                    .put("p50Millis", r.p50Millis())
                    .put("p95Millis", r.p95Millis())
                    .put("p99Millis", r.p99Millis())
                    .put("maxMillis", r.maxMillis())
                    .put("meanMillis", r.meanMillis());
            ObjectNode statuses = request.putObject("byStatus");
            r.byStatus().forEach((status, count) -> statuses.put(String.valueOf(status), count));
        }
        return node;
    }

    private static ObjectNode usl(CapacityResult result) {
        ObjectNode node = JSON.createObjectNode();
        UslFit fit = result.usl();
        if (fit == null) {
            node.put("problem", result.uslProblem() == null ? "not fitted" : result.uslProblem());
            return node;
        }
        node.put("sigma", fit.model().sigma());
        node.put("kappa", fit.model().kappa());
        node.put("lambda", fit.model().lambda());
        putNumber(node, "peakConcurrency", finiteOrNull(fit.model().peakConcurrency()));
        putNumber(node, "peakThroughput", finiteOrNull(fit.model().peakThroughput()));
        node.put("rSquared", fit.rSquared());
        node.put("residualStdError", fit.residualStdError());
        ArrayNode points = node.putArray("points");
        for (UslPoint point : fit.points()) {
            points.addObject().put("concurrency", point.concurrency()).put("throughput", point.throughput());
        }
        return node;
    }

    private static ObjectNode sizing(Sizing sizing) {
        ObjectNode node = JSON.createObjectNode();
        node.put("peak", sizing.peakName());
        node.put("peakPerSecond", sizing.peakPerSecond());
        node.put("capacityPerInstance", sizing.capacityPerInstance());
        node.put("targetUtilisation", sizing.targetUtilisation());
        ArrayNode rows = node.putArray("rows");
        for (InstanceRow row : sizing.rows()) {
            rows.addObject()
                    .put("label", row.label())
                    .put("instances", row.instances())
                    .put("utilisation", row.utilisation())
                    .put("waitingProbability", row.waitingProbability());
        }
        return node;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
