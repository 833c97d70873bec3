package org.sevasurge.simulations.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sevasurge.simulations.calendar.InjectionPlanner;
import org.sevasurge.simulations.calendar.InjectionStep;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.PlannedStep;
import org.sevasurge.simulations.calendar.WorkloadPlan;
import org.sevasurge.simulations.recording.Machine;
import org.sevasurge.simulations.recording.RunFolder;
import org.sevasurge.simulations.report.JourneyRate;
import org.sevasurge.simulations.report.RunSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code run.json}: written when the run starts (profile, parameters, offered rates and step boundaries, git
 * revision, machine, start) and again at the end with the end time and the results. Used by one thread.
 */
final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = JSON.createObjectNode();
    private final Path file;

    RunManifest(RunFolder folder, RunSettings settings, WorkloadPlan plan, Instant startedAt) {
        this.file = folder.runJson();
        root.put("runId", folder.runId());
        root.put("profile", plan.profile().name());
        root.put("description", plan.profile().description());
        root.put("startedAt", startedAt.toString());
        root.putNull("endedAt");
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("target", settings.target().toString());
        parameters.put("seed", settings.seed());
        parameters.put("calendar", plan.calendar().source());
        parameters.put("compression", plan.compression());
        parameters.put("rateFactor", plan.rateFactor());
        parameters.put("injectorCores", settings.injectorCores());
        root.set("plan", plan(plan));
        ObjectNode slo = root.putObject("slo");
        plan.profile().slo().forEach((name, objective) -> slo.putObject(name.id())
                .put("p95Millis", objective.p95Millis()).put("p99Millis", objective.p99Millis())
                .put("maxErrorPercent", objective.maxErrorPercent()));
        root.put("gitRevision", Machine.gitRevision(Path.of("").toAbsolutePath()));
        root.set("machine", Machine.describe());
        root.put("latencyUnit", "microseconds");
        write();
    }

    private static ObjectNode plan(WorkloadPlan plan) {
        ObjectNode node = JSON.createObjectNode();
        node.put("totalSeconds", plan.totalSeconds());
        node.put("meanSubmissionsPerSecond", plan.calendar().meanSubmissionsPerSecond());
        node.put("baseSubmissionsPerSecond", plan.calendar().baseSubmissionsPerSecond(plan.profile()));
        node.put("peakSubmissionsPerSecond", plan.peakSubmissionsPerSecond());
        node.put("expectedApplications", Math.round(plan.offeredArrivals(Journey.SUBMIT)));
        node.put("expectedDocumentBytes", Math.round(plan.expectedDocumentBytes()));
        ObjectNode offered = node.putObject("offeredPerSecond");
        for (Journey journey : Journey.values()) {
            offered.put(journey.id(), plan.offeredArrivals(journey) / plan.totalSeconds());
        }
        var steps = node.putArray("steps");
        for (PlannedStep step : plan.steps()) {
            ObjectNode s = steps.addObject();
            s.put("index", step.index());
            s.put("calendarFrom", step.calendarFrom().toString());
            s.put("calendarTo", step.calendarTo().toString());
            s.put("startSeconds", step.startSeconds());
            s.put("endSeconds", step.endSeconds());
            s.put("level", step.label());
            ObjectNode rates = s.putObject("ratesPerSecond");
            ObjectNode injection = s.putObject("injection");
            for (Journey journey : Journey.values()) {
                rates.putObject(journey.id()).put("start", plan.rate(step, journey, false))
                        .put("end", plan.rate(step, journey, true));
                InjectionStep injected = InjectionPlanner.steps(plan, journey).get(step.index());
                injection.putObject(journey.id()).put("kind", injected.kind().name())
                        .put("from", injected.from()).put("to", injected.to());
            }
        }
        return node;
    }

    void finished(Instant endedAt, RunSummary summary) {
        root.put("endedAt", endedAt.toString());
        ObjectNode result = root.putObject("result");
        result.put("verdict", summary.verdict());
        result.put("slosMet", summary.slosMet());
        result.put("ledgerIntact", summary.ledgerIntact());
        result.put("injectorSaturated", summary.injectorSaturated());
        result.put("injectorCpuMeanCores", summary.cpuMeanCores());
        result.put("injectorCpuPeakCores", summary.cpuPeakCores());
        result.put("injectorCpuSeconds", summary.injectorCpuSeconds());
        result.put("recording", summary.recording());
        ObjectNode achieved = result.putObject("achievedPerSecond");
        for (JourneyRate rate : summary.journeys()) {
            achieved.put(rate.journey().id(), rate.achievedPerSecond());
        }
        result.put("gatlingReport", summary.gatlingReport());
        write();
    }

    private void write() {
        try {
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
