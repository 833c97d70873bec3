package org.sevasurge.simulations.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.simulations.plan.RunPlan;
import org.sevasurge.simulations.recording.Machine;
import org.sevasurge.simulations.recording.RunFolder;

/**
 * {@code run.json} as the injector writes it ({@link RunLayout}, version {@value RunLayout#VERSION}): when the run
 * is prepared (kind, plan, journeys, SLOs, parameters, git revision, machine), again when the load starts (its
 * epoch milliseconds, run second 0) and when it ends. The orchestrator adds the {@code result} afterwards. Used by
 * one thread at a time (its methods are synchronized).
 */
final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = JSON.createObjectNode();
    private final Path file;

    RunManifest(
            RunFolder folder,
            RunSettings settings,
            RunPlan plan,
            Collection<String> requests,
            Instant preparedAt,
            ObjectNode workload) {
        this.file = folder.runJson();
        root.put("schema", RunLayout.SCHEMA);
        root.put("schemaVersion", RunLayout.VERSION);
        root.put("runId", folder.runId());
        root.put("kind", plan.kind());
        root.put("profile", plan.name());
        root.put("description", plan.description());
        root.put("startedAt", preparedAt.toString());
        // Replaced when the load starts (after any seeding); until then the run has not begun.
        root.put("loadStartedAtMillis", preparedAt.toEpochMilli());
        root.put("loadStarted", false);
        root.putNull("endedAt");
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("target", settings.target().toString());
        parameters.put("seed", settings.seed());
        parameters.put("rateFactor", settings.rateFactor());
        parameters.put("injectorCores", settings.injectorCores());
        parameters.put("recording", settings.recording());
        if (workload != null) {
            root.set("workload", workload);
        }
        root.set("plan", plan(plan));
        ArrayNode journeys = root.putArray("journeys");
        for (RunPlan.JourneyDef journey : plan.journeys()) {
            journeys.addObject()
                    .put("id", journey.id())
                    .put("open", journey.open())
                    .put("primaryRequest", journey.primaryRequest());
        }
        requests.forEach(root.putArray("requests")::add);
        ObjectNode slo = root.putObject("slo");
        plan.slos()
                .forEach((name, objective) -> slo.putObject(name)
                        .put("p95Millis", objective.p95Millis())
                        .put("p99Millis", objective.p99Millis())
                        .put("maxErrorPercent", objective.maxErrorPercent()));
        root.put("gitRevision", Machine.gitRevision(Path.of("").toAbsolutePath()));
        root.set("machine", Machine.describe());
        root.put("latencyUnit", "microseconds");
        write();
    }

    private static ObjectNode plan(RunPlan plan) {
        ObjectNode node = JSON.createObjectNode();
        node.put("totalSeconds", plan.totalSeconds());
        node.put("knobUnit", plan.knobUnit());
        node.put("peakLevel", plan.peakLevel());
        ArrayNode steps = node.putArray("steps");
        for (RunPlan.Step step : plan.steps()) {
            ObjectNode s = steps.addObject();
            s.put("index", step.index());
            s.put("startSeconds", step.startSeconds());
            s.put("endSeconds", step.endSeconds());
            s.put("levelStart", step.levelStart());
            s.put("levelEnd", step.levelEnd());
            s.put("label", step.label());
            ObjectNode start = s.putObject("offeredStart");
            step.offeredStart().forEach(start::put);
            ObjectNode end = s.putObject("offeredEnd");
            step.offeredEnd().forEach(end::put);
        }
        return node;
    }

    synchronized void loadStarted(Instant at) {
        root.put("loadStartedAtMillis", at.toEpochMilli());
        root.put("loadStarted", true);
        write();
    }

    synchronized void finished(Instant endedAt, String stoppedEarly) {
        root.put("endedAt", endedAt.toString());
        root.put("endedAtMillis", endedAt.toEpochMilli());
        if (stoppedEarly != null) {
            root.put("stoppedEarly", stoppedEarly);
        }
        write();
    }

    private void write() {
        // Written aside and moved into place, so a reader polling run.json never sees half a file.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            JSON.writeValue(partial.toFile(), root);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
