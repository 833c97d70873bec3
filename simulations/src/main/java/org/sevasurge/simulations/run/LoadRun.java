package org.sevasurge.simulations.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.plan.RunPlan;
import org.sevasurge.simulations.recording.AckLedger;
import org.sevasurge.simulations.recording.ArrivalCounters;
import org.sevasurge.simulations.recording.RequestRecorder;
import org.sevasurge.simulations.recording.RunFolder;
import org.sevasurge.simulations.recording.RunRecording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load run in the injector, from preparation to the end of its load, independent of Gatling. Lifecycle:
 * {@link #prepare} (run folder, run.json) -> {@link #start} (recording; run second 0) -> journeys record through
 * {@link #request}, {@link #arrivals}, {@link #ledger} -> {@link #finish} (recording closed, run.json's end).
 * Judging the run (SLOs, ledger read-back, injector saturation) happens afterwards in the orchestrator, from the
 * files. Journey-facing methods are thread-safe; lifecycle methods are called once each, in order.
 */
public final class LoadRun {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);

    private final RunSettings settings;
    private final RunPlan plan;
    private final RunFolder folder;
    private final RunManifest manifest;
    private final RunRecording recording;
    private volatile long loadStartNanos;
    private volatile boolean started;

    private LoadRun(
            RunSettings settings, RunPlan plan, RunFolder folder, Collection<String> requests, ObjectNode workload) {
        this.settings = settings;
        this.plan = plan;
        this.folder = folder;
        Instant now = Instant.now();
        this.manifest = new RunManifest(folder, settings, plan, requests, now, workload);
        this.recording = new RunRecording(
                folder,
                settings.target(),
                requests,
                plan.journeys().stream().map(RunPlan.JourneyDef::id).toList(),
                now.toEpochMilli());
    }

    /**
     * @param requests every request name the journeys may send
     * @param workload what run.json should say of the workload (calendar, compression, ...), or null
     * @return a prepared run: run folder and run.json written, nothing sent yet
     */
    public static LoadRun prepare(
            RunSettings settings, RunPlan plan, Collection<String> requests, @Nullable ObjectNode workload) {
        String runId = settings.runId() != null ? settings.runId() : RunFolder.newRunId(plan.name(), Instant.now());
        RunFolder folder = RunFolder.create(settings.runsDir(), runId);
        LoadRun run = new LoadRun(settings, plan, folder, List.copyOf(requests), workload);
        LOG.info(
                "run {}: {} for {} s, peak {} {}, folder {}",
                runId,
                plan.name(),
                Math.round(plan.totalSeconds()),
                String.format("%.2f", plan.peakLevel()),
                plan.knobUnit(),
                folder.dir());
        return run;
    }

    /** Starts recording: this is run second 0, when the plan's first step begins. */
    public synchronized void start() {
        if (started) {
            return;
        }
        loadStartNanos = System.nanoTime();
        // Published after the clock it guards (both volatile), so no reader sees a started run without its clock.
        started = true;
        if (settings.recording()) {
            recording.start();
        } else {
            LOG.warn("recording is off: bare Gatling, no latency logs, ledger or hashing (overhead baseline only)");
            recording.startCpuOnly();
        }
        manifest.loadStarted(Instant.now());
    }

    public RunSettings settings() {
        return settings;
    }

    public RunPlan plan() {
        return plan;
    }

    public RunFolder folder() {
        return folder;
    }

    /** @return the recorder of {@code request}, or null when recording is off (bare Gatling) */
    public @Nullable RequestRecorder request(String request) {
        return settings.recording() ? recording.request(request) : null;
    }

    /** @return the arrival counters (counting is cheap and kept even with recording off) */
    public ArrivalCounters arrivals() {
        return recording.arrivals();
    }

    /** @return the ack ledger */
    public AckLedger ledger() {
        return recording.ledger();
    }

    /** @return whether the load has started */
    public boolean started() {
        return started;
    }

    /** @return run seconds since {@link #start}, 0 before it */
    public double secondsSinceStart() {
        return started ? (System.nanoTime() - loadStartNanos) / 1e9 : 0;
    }

    /** @return why the orchestrator asked to stop the load early (the stop file's text), or null */
    public @Nullable String stopRequested() {
        if (!Files.isRegularFile(folder.stopFile())) {
            return null;
        }
        try {
            String reason =
                    Files.readString(folder.stopFile(), StandardCharsets.UTF_8).strip();
            return reason.isEmpty() ? "stop requested" : reason;
        } catch (IOException e) {
            return "stop requested";
        }
    }

    /** Stops recording, closes every file and writes run.json's end. */
    public synchronized void finish() {
        recording.close();
        manifest.finished(Instant.now(), stopRequested());
    }
}
