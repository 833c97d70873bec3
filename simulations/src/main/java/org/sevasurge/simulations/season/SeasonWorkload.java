package org.sevasurge.simulations.season;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.Profile;
import org.sevasurge.simulations.calendar.RequestName;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.calendar.WorkloadPlan;
import org.sevasurge.simulations.plan.SeasonPlans;
import org.sevasurge.simulations.plan.StaircasePlans;
import org.sevasurge.simulations.plan.StaircaseSpec;
import org.sevasurge.simulations.recording.LedgerEntry;
import org.sevasurge.simulations.run.LoadRun;
import org.sevasurge.simulations.run.RunSettings;
import org.sevasurge.simulations.workload.ApplicationRegistry;
import org.sevasurge.simulations.workload.OfficerSessions;
import org.sevasurge.simulations.workload.Submission;
import org.sevasurge.simulations.workload.SubmissionFactory;

/**
 * The shared state of the season's journeys in one run: the workload plan (a calendar profile, or a capacity
 * staircase of the season's journeys), the run it records into, the generated applications and the registry of what
 * exists so far. Thread-safe as its parts are.
 */
public final class SeasonWorkload {
    private static final int REGISTRY_CAPACITY = 65_536;

    private final WorkloadPlan plan;
    private final LoadRun run;
    private final StaircaseSpec staircase;
    private final SubmissionFactory submissions;
    private final ApplicationRegistry registry = new ApplicationRegistry(REGISTRY_CAPACITY);
    private final AtomicLong sequence = new AtomicLong();
    private final OfficerSessions officers = new OfficerSessions();

    private SeasonWorkload(WorkloadPlan plan, LoadRun run, StaircaseSpec staircase) {
        this.plan = plan;
        this.run = run;
        this.staircase = staircase;
        this.submissions = new SubmissionFactory(
                run.settings().seed(),
                plan.calendar(),
                "ss-" + run.folder().runId(),
                run.settings().recording());
    }

    /** @return the workload of {@code settings}: calendar and plan computed, run folder and run.json written */
    public static SeasonWorkload prepare(RunSettings settings) {
        SeasonCalendar calendar = settings.calendarFile() == null
                ? CalendarLoader.loadDefault()
                : CalendarLoader.load(settings.calendarFile());
        StaircaseSpec staircase = null;
        WorkloadPlan plan;
        if (RunSettings.STAIRCASE.equals(settings.kind())) {
            staircase = StaircaseSpec.read(
                    settings.runsDir().resolve(settings.runId()).resolve("staircase.json"));
            plan = StaircasePlans.workload(calendar, staircase);
        } else {
            Profile profile = calendar.profile(settings.profile());
            double compression = settings.compression() != null ? settings.compression() : profile.compression();
            plan = WorkloadPlan.of(calendar, profile, compression, settings.rateFactor());
        }
        ObjectNode workload = JsonNodeFactory.instance.objectNode();
        workload.put("calendar", calendar.source());
        workload.put("mix", plan.mix().name());
        workload.put("compression", plan.compression());
        workload.put("meanSubmissionsPerSecond", calendar.meanSubmissionsPerSecond());
        workload.put(
                "expectedApplications",
                Math.round(plan.offeredArrivals(org.sevasurge.simulations.calendar.Journey.SUBMIT)));
        workload.put("expectedDocumentBytes", Math.round(plan.expectedDocumentBytes()));
        LoadRun run = LoadRun.prepare(
                settings,
                SeasonPlans.of(settings.kind(), plan),
                Arrays.stream(RequestName.values()).map(RequestName::id).toList(),
                workload);
        return new SeasonWorkload(plan, run, staircase);
    }

    public WorkloadPlan plan() {
        return plan;
    }

    public LoadRun run() {
        return run;
    }

    /** @return the capacity staircase this run plays, or null for a calendar profile */
    public @Nullable StaircaseSpec staircase() {
        return staircase;
    }

    public ApplicationRegistry registry() {
        return registry;
    }

    /** @return the run's next application, deterministic by seed and sequence */
    public Submission nextSubmission() {
        return submissions.create(sequence.incrementAndGet());
    }

    /**
     * Records a 201: a ledger line, and the application becomes visible to citizens (with the access code the
     * acknowledgement returned, null if none) and officers. {@code sentMicrosAgo}: how long ago the acknowledged
     * attempt was sent.
     */
    public void acknowledged(
            Submission submission,
            String applicationNo,
            String serverPayloadSha256,
            int attempt,
            String accessCode,
            long sentMicrosAgo) {
        if (run.settings().recording()) {
            Instant now = Instant.now();
            run.ledger()
                    .append(new LedgerEntry(
                            submission.idempotencyKey(),
                            applicationNo,
                            submission.payloadSha256(),
                            serverPayloadSha256,
                            now,
                            attempt,
                            accessCode,
                            now.minusNanos(sentMicrosAgo * 1_000)));
        }
        registry.acknowledged(applicationNo, submission.district(), accessCode);
    }

    /** @return the officers' logins of this run */
    public OfficerSessions officers() {
        return officers;
    }
}
