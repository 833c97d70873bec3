package org.sevasurge.cli.resilience;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sevasurge.capacity.resilience.Criteria;
import org.sevasurge.capacity.resilience.ScenarioJudge;
import org.sevasurge.capacity.resilience.ScenarioResult;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.Home;
import org.sevasurge.cli.run.Injector;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.LedgerReadBack;
import org.sevasurge.cli.run.StaircaseProperties;
import org.sevasurge.cli.run.SystemUnderTest;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.faults.FaultEntry;
import org.sevasurge.simulations.faults.FaultTarget;
import org.sevasurge.simulations.faults.Scenario;
import org.sevasurge.simulations.ledger.IdempotencyProbe;
import org.sevasurge.simulations.plan.StaircaseSpec;
import org.sevasurge.simulations.recording.AckLedger;
import org.sevasurge.simulations.recording.LedgerEntry;
import org.sevasurge.simulations.season.StaircaseSimulation;
import org.sevasurge.testbed.ServiceOptions;
import org.sevasurge.testbed.Testbed;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOptions;

/**
 * Runs one scenario: a fresh testbed (its documents, or its database, on a small tmpfs when that volume fills), the
 * season mix as open arrivals at the scenario's rate for the scenario's seconds (held steps of a staircase run, a load
 * or backlog fault's share in its steps), the faults on schedule, every acknowledged application read back, some sent
 * again with their Idempotency-Key, the testbed down, and the run judged. A fault this testbed cannot cause skips the
 * scenario with the reason, before any load. Not thread-safe.
 */
final class ScenarioRunner {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final Path setDir;
    private final TestbedOptions testbed;
    private final ServiceOptions service;
    private final WorkloadOptions workload;
    private final InjectorOptions injector;
    private final String profile;
    private final PrintWriter out;

    /**
     * @param setDir  the folder of this set of scenarios; each scenario's run folder goes inside it
     * @param service extra service options and environment (a broken promise), embedded testbed only
     * @param profile the calendar profile whose SLOs and read factor the load follows
     */
    ScenarioRunner(
            Path setDir,
            TestbedOptions testbed,
            ServiceOptions service,
            WorkloadOptions workload,
            InjectorOptions injector,
            String profile,
            PrintWriter out) {
        this.setDir = setDir;
        this.testbed = testbed;
        this.service = service;
        this.workload = workload;
        this.injector = injector;
        this.profile = profile;
        this.out = out;
    }

    ScenarioResult run(Scenario scenario, double rate) throws Exception {
        Path dir = setDir.resolve(scenario.name());
        Files.createDirectories(dir);
        say(String.format(
                Locale.ROOT,
                "scenario %s: %s; %.0f s at %.2f submissions/s; faults: %s",
                scenario.name(),
                scenario.description(),
                scenario.seconds(),
                rate,
                scenario.faults().stream().map(FaultEntry::describe).toList()));
        Exception faultFailure;
        try (Cleanup cleanup = new Cleanup()) {
            // A work directory per scenario, so each one's service and mocks logs stay for a post-mortem.
            TestbedOptions options = testbed.workDir() == null
                    ? testbed
                    : testbed.withWorkDir(testbed.workDir().resolve(scenario.name()));
            if (testbed.mode() == TestbedMode.EMBEDDED) {
                ServiceOptions tweaks = service;
                for (ScratchVolume.Use use : ScratchVolume.Use.values()) {
                    if (!fills(scenario, use.target())) {
                        continue;
                    }
                    ScratchVolume.Mounted mounted = ScratchVolume.mount(Home.testbeds(), use);
                    if (mounted.volume().isEmpty()) {
                        return ScenarioResult.skipped(scenario.name(), mounted.whyNot());
                    }
                    Path volume = cleanup.register(mounted.volume().get()).path();
                    tweaks = use == ScratchVolume.Use.DOCUMENTS
                            ? tweaks.withDocuments(volume)
                            : tweaks.withDatabaseVolume(volume);
                }
                options = options.withService(tweaks);
            }
            Testbed system = SystemUnderTest.start(options, cleanup, out);
            FaultActions actions = new FaultActions(system);
            for (FaultEntry fault : scenario.faults()) {
                String whyNot = actions.whyNot(fault);
                if (whyNot != null) {
                    return ScenarioResult.skipped(scenario.name(), fault.describe() + ": " + whyNot);
                }
            }
            // Open arrivals, each submission retried with its Idempotency-Key as an operator would.
            LoadSteps steps = LoadSteps.of(scenario, rate);
            new StaircaseSpec("season-mix", profile, steps.rates(), steps.holdSeconds(), 0, null, true)
                    .write(dir.resolve("staircase.json"));
            Injector gatling = cleanup.register(Injector.of(
                    StaircaseSimulation.class.getName(),
                    new StaircaseProperties(system.baseUrl(), profile, workload, setDir, scenario.name()).asMap(),
                    injector,
                    dir));
            FaultTimeline timeline = new FaultTimeline(dir, scenario.faults(), actions, out);
            gatling.start(out);
            timeline.start();
            int status = gatling.await();
            timeline.close();
            faultFailure = timeline.failure();
            if (!Files.isRegularFile(dir.resolve(RunLayout.RUN_JSON))) {
                throw new IllegalStateException("scenario " + scenario.name() + ": the injector ended (status " + status
                        + ") before it wrote run.json; see " + dir.resolve("injector.log"));
            }
            say("scenario " + scenario.name() + ": reading every acknowledged application back...");
            say("scenario " + scenario.name() + " ledger: "
                    + LedgerReadBack.check(dir, system.baseUrl()).describe());
            IdempotencyProbe.Result probe = new IdempotencyProbe(
                            system.baseUrl(),
                            workload.load(),
                            dir.getFileName().toString(),
                            workload.seed(),
                            PROBE_TIMEOUT)
                    .probe(ledger(dir), dir);
            say(String.format(
                    Locale.ROOT,
                    "scenario %s: %d acknowledged submissions sent again with their"
                            + " Idempotency-Key: %d original answers, %d new applications, %d not answered",
                    scenario.name(),
                    probe.probed(),
                    probe.original(),
                    probe.different(),
                    probe.failed()));
            int chargedTwice = PaymentLedger.record(system, dir);
            if (chargedTwice >= 0) {
                say("scenario " + scenario.name() + ": applications charged twice by the payment gateway: "
                        + chargedTwice);
            }
            cleanup.closeNow(system);
        }
        ScenarioResult result = ScenarioJudge.judge(
                scenario.name(), LoadRunFolder.open(dir), rate, Criteria.of(scenario.addedP99Millis()));
        if (faultFailure == null) {
            return result;
        }
        List<String> reasons = new ArrayList<>(result.reasons());
        reasons.add(0, "a fault could not be applied: " + faultFailure.getMessage());
        return new ScenarioResult(
                result.scenario(),
                ScenarioResult.Outcome.FAIL,
                reasons,
                result.figures(),
                result.faults(),
                result.runDir());
    }

    private static List<LedgerEntry> ledger(Path dir) {
        Path file = dir.resolve(RunLayout.LEDGER);
        return Files.isRegularFile(file) ? AckLedger.read(file) : List.of();
    }

    private static boolean fills(Scenario scenario, FaultTarget.Kind volume) {
        return scenario.faults().stream().anyMatch(f -> f.target().kind() == volume);
    }

    private void say(String line) {
        synchronized (out) {
            out.println("sevasurge: " + line);
            out.flush();
        }
    }
}
