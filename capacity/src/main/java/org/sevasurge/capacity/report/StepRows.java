package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StepMeasurement;

/** Step rows of the report, from measured steps or from {@code capacity.json}. Stateless. */
final class StepRows {
    private StepRows() {}

    static StepRow of(String staircase, StepMeasurement s) {
        List<StepRow.StepRequest> requests = new ArrayList<>();
        for (RequestStats r : s.requests()) {
            requests.add(new StepRow.StepRequest(
                    r.request(), r.count(), r.errorPercent(), r.p50Millis(), r.p95Millis(), r.p99Millis()));
        }
        double cpu = s.server().cpuCores();
        return new StepRow(
                staircase,
                s.index(),
                s.level(),
                s.achievedLevel(),
                s.verdict().outcome().name(),
                s.verdict().limit(),
                Double.isNaN(cpu) ? null : cpu,
                s.injector().meanCores(),
                s.injector().peakCores(),
                s.injector().share(),
                requests);
    }

    static StepRow of(JsonNode step) {
        List<StepRow.StepRequest> requests = new ArrayList<>();
        for (JsonNode r : step.path("requests")) {
            requests.add(new StepRow.StepRequest(
                    r.path("request").asText(),
                    r.path("count").asLong(),
                    r.path("errorPercent").asDouble(),
                    r.path("p50Millis").asDouble(),
                    r.path("p95Millis").asDouble(),
                    r.path("p99Millis").asDouble()));
        }
        JsonNode cpu = step.path("server").path("cpuCores");
        JsonNode reasons = step.path("reasons");
        return new StepRow(
                step.path("staircase").asText(),
                step.path("index").asInt(),
                step.path("offeredPerSecond").asDouble(),
                step.path("achievedPerSecond").asDouble(),
                step.path("verdict").asText(),
                reasons.isEmpty() ? "" : reasons.get(0).asText(),
                cpu.isNumber() ? cpu.asDouble() : null,
                step.path("injector").path("meanCores").asDouble(),
                step.path("injector").path("peakCores").asDouble(),
                step.path("injector").path("share").asDouble(),
                requests);
    }
}
