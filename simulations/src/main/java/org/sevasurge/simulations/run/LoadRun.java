package org.sevasurge.simulations.run;

import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.calendar.Profile;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.calendar.WorkloadPlan;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.recording.ArrivalCounters;
import org.sevasurge.simulations.recording.LedgerEntry;
import org.sevasurge.simulations.recording.Machine;
import org.sevasurge.simulations.recording.RunFolder;
import org.sevasurge.simulations.recording.RunRecording;
import org.sevasurge.simulations.report.RunSummary;
import org.sevasurge.simulations.workload.ApplicationRegistry;
import org.sevasurge.simulations.workload.Submission;
import org.sevasurge.simulations.workload.SubmissionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load run from preparation to summary, independent of Gatling. Lifecycle: {@link #prepare} (calendar, plan,
 * run folder, run.json) -> {@link #start} (recording) -> journeys call {@link #nextSubmission},
 * {@link #acknowledged}, {@link #arrivals()} ... -> {@link #startLedgerCheck} once the load has drained ->
 * {@link #finish} (summary.txt, run.json). Journey-facing methods are thread-safe; the lifecycle methods are
 * called once each, in order.
 */
public final class LoadRun {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);
    private static final int REGISTRY_CAPACITY = 65_536;

    private final RunSettings settings;
    private final WorkloadPlan plan;
    private final RunFolder folder;
    private final RunManifest manifest;
    private final RunRecording recording;
    private final SubmissionFactory submissions;
    private final ApplicationRegistry registry = new ApplicationRegistry(REGISTRY_CAPACITY);
    private final ArrivalCounters arrivals = new ArrivalCounters();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger busyOperators = new AtomicInteger();
    private volatile long loadStartNanos;
    private volatile long cpuAtStartNanos;
    private volatile long cpuAtLoadEndNanos;
    private volatile CompletableFuture<LedgerVerdict> ledgerCheck;

    private LoadRun(RunSettings settings, WorkloadPlan plan, Instant now) {
        this.settings = settings;
        this.plan = plan;
        String runId = settings.runId() != null ? settings.runId() : RunFolder.newRunId(plan.profile().name(), now);
        this.folder = RunFolder.create(settings.runsDir(), runId);
        this.manifest = new RunManifest(folder, settings, plan, now);
        this.recording = new RunRecording(folder, settings.target(),
                Arrays.stream(RequestName.values()).map(RequestName::id).toList(), now.toEpochMilli());
        this.submissions = new SubmissionFactory(settings.seed(), plan.calendar(), "ss-" + runId, settings.recording());
    }

    /** @return a prepared run: calendar and plan computed, run folder and run.json written, nothing sent yet */
    public static LoadRun prepare(RunSettings settings) {
        SeasonCalendar calendar = settings.calendarFile() == null ? CalendarLoader.loadDefault()
                : CalendarLoader.load(settings.calendarFile());
        Profile profile = calendar.profile(settings.profile());
        double compression = settings.compression() != null ? settings.compression() : profile.compression();
        WorkloadPlan plan = WorkloadPlan.of(calendar, profile, compression, settings.rateFactor());
        LoadRun run = new LoadRun(settings, plan, Instant.now());
        LOG.info("run {}: profile {} for {} s, peak {} submissions/s, folder {}", run.folder.runId(), profile.name(),
                Math.round(plan.totalSeconds()), String.format("%.2f", plan.peakSubmissionsPerSecond()), run.folder.dir());
        return run;
    }

    /** Starts recording and the plan's clock. */
    public void start() {
        if (settings.recording()) {
            recording.start();
        } else {
            LOG.warn("recording is off: bare Gatling, no latency logs, ledger or ledger check (overhead baseline only)");
            recording.startCpuOnly();
        }
        cpuAtStartNanos = Machine.processCpuNanos();
        loadStartNanos = System.nanoTime();
        arrivals.loadStarted(plan.totalSeconds());
    }

    public RunSettings settings() {
        return settings;
    }

    public WorkloadPlan plan() {
        return plan;
    }

    public RunFolder folder() {
        return folder;
    }

    public RunRecording recording() {
        return recording;
    }

    public ApplicationRegistry registry() {
        return registry;
    }

    public ArrivalCounters arrivals() {
        return arrivals;
    }

    /** @return the run's next application, deterministic by seed and sequence */
    public Submission nextSubmission() {
        return submissions.create(sequence.incrementAndGet());
    }

    /** Records a 201: a ledger line, and the application becomes visible to citizens and officers. */
    public void acknowledged(Submission submission, String applicationNo, String serverPayloadSha256, int attempt) {
        if (settings.recording()) {
            recording.ledger().append(new LedgerEntry(submission.idempotencyKey(), applicationNo,
                    submission.payloadSha256(), serverPayloadSha256, Instant.now(), attempt));
        }
        registry.acknowledged(applicationNo, submission.district());
    }

    /** An operator took an application (closed population); pair with {@link #operatorDone()}. */
    public void operatorBusy() {
        busyOperators.incrementAndGet();
    }

    /** An operator finished an application, acknowledged or not. */
    public void operatorDone() {
        busyOperators.decrementAndGet();
    }

    /** @return run seconds since {@link #start} */
    public double secondsSinceStart() {
        return (System.nanoTime() - loadStartNanos) / 1e9;
    }

    /** @return whether no operator is busy any more, or the drain time after the plan has run out */
    public boolean drained() {
        return busyOperators.get() == 0 || secondsSinceStart() > plan.totalSeconds() + settings.drainSeconds();
    }

    /** Marks the end of the load phase (after the drain): the injector's CPU is measured up to here. */
    public synchronized void loadEnded() {
        if (cpuAtLoadEndNanos == 0) {
            cpuAtLoadEndNanos = Machine.processCpuNanos();
            recording.loadEnded();
        }
    }

    /** Ends the load phase and reads every acknowledged application back, in the background. */
    public synchronized void startLedgerCheck() {
        loadEnded();
        if (ledgerCheck == null) {
            ledgerCheck = new LedgerCheckTask(settings, recording.ledger(), folder.ledgerCheck()).start();
        }
    }

    /** @return whether the ledger check has finished (successfully or not) */
    public boolean ledgerCheckDone() {
        return ledgerCheck != null && ledgerCheck.isDone();
    }

    /** @return the ledger verdict, or null if the check did not run or failed to complete */
    public LedgerVerdict ledgerVerdict() {
        return ledgerCheck == null ? null : LedgerCheckTask.verdictOf(ledgerCheck);
    }

    /** Stops recording, writes summary.txt and the final run.json; returns the summary to print. */
    public synchronized RunSummary finish() {
        loadEnded();
        double cpuSeconds = (cpuAtLoadEndNanos - cpuAtStartNanos) / 1e9;
        recording.close();
        RunSummary summary = SummaryBuilder.build(this, GatlingReports.newestReport(settings.gatlingResultsDir()), cpuSeconds);
        SummaryBuilder.write(summary, folder.summary());
        manifest.finished(Instant.now(), summary);
        return summary;
    }

    /** @return arrivals of {@code journey} per second offered by the plan */
    double offeredPerSecond(Journey journey) {
        return plan.offeredArrivals(journey) / plan.totalSeconds();
    }
}
