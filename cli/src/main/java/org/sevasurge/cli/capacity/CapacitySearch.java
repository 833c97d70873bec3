package org.sevasurge.cli.capacity;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.search.CapacityFinding;
import org.sevasurge.capacity.search.CapacityJson;
import org.sevasurge.capacity.search.CapacityResult;
import org.sevasurge.capacity.search.FindingStatus;
import org.sevasurge.capacity.search.SearchedStep;
import org.sevasurge.capacity.search.StairPlan;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.cli.report.RunReport;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.LedgerReadBack;
import org.sevasurge.cli.run.StaircaseProperties;
import org.sevasurge.cli.run.SystemUnderTest;
import org.sevasurge.cli.run.TargetOptions;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.plan.StaircasePlans;
import org.sevasurge.simulations.plan.StaircaseSpec;
import org.sevasurge.simulations.recording.RunFolder;
import org.sevasurge.simulations.request.RequestSimulation;
import org.sevasurge.simulations.season.StaircaseSimulation;
import org.sevasurge.testbed.Testbed;

/**
 * A capacity search: the coarse staircase (from the start rate, rising by the step percentage, within the budget's
 * coarse share), stopped after its first failing step; then, when a pass and a failure are more than 5 % apart, a
 * refining staircase between them; every acknowledged application read back; the finding, the USL fit, the sizing
 * and the storage per application written to {@code capacity.json} in the search's run folder. Not thread-safe.
 */
record CapacitySearch(
        SearchSettings settings,
        TargetOptions target,
        WorkloadOptions workload,
        InjectorOptions injector,
        PrintWriter out,
        PrintWriter err) {

    int run() throws Exception {
        SeasonCalendar calendar = workload.load();
        if (settings.request() == null) {
            StaircasePlans.workload(calendar, spec(List.of(settings.fromRate())));
        }
        long started = System.nanoTime();
        String searchId = RunFolder.newRunId("capacity-" + settings.journey(), Instant.now());
        Path searchDir = target.runsDir().resolve(searchId);
        Files.createDirectories(searchDir);
        SearchFolder folder = new SearchFolder(searchDir, settings);
        folder.writeStarted(Instant.now());
        List<SearchedStep> steps = new ArrayList<>();
        List<LedgerVerdict> ledgers = new ArrayList<>();
        try (Cleanup cleanup = new Cleanup()) {
            Testbed testbed = SystemUnderTest.start(target, cleanup, out);
            folder.target(testbed.baseUrl().toString());
            int coarseSteps = Math.max(
                    2, (int) (settings.budgetSeconds() * SearchSettings.COARSE_SHARE / settings.holdSeconds()));
            List<Double> coarse =
                    StairPlan.coarse(settings.fromRate(), settings.stepPercent(), settings.maxRate(), coarseSteps);
            out.printf(
                    "sevasurge: capacity search %s of %s against %s: %d steps of %d s from %s/s, +%s %% each%n",
                    searchId,
                    settings.label(),
                    testbed.baseUrl(),
                    coarse.size(),
                    settings.holdSeconds(),
                    StaircaseRun.rate(settings.fromRate()),
                    StaircaseRun.rate(settings.stepPercent()));
            out.flush();
            steps.addAll(staircase(searchDir, "staircase-1", coarse, testbed, cleanup, ledgers));
            folder.addStaircase("staircase-1");

            CapacityFinding coarseFinding = CapacityFinding.of(measurements(steps), "", settings.label());
            double used = steps.size() * (double) settings.holdSeconds();
            int refineSteps = (int) ((settings.budgetSeconds() - used) / settings.holdSeconds());
            if (coarseFinding.status() == FindingStatus.FOUND && refineSteps > 0) {
                List<Double> refine = StairPlan.refine(
                        coarseFinding.capacityPerSecond(), coarseFinding.limitAtPerSecond(), refineSteps);
                if (!refine.isEmpty()) {
                    out.printf(
                            "sevasurge: refining between %s/s and %s/s in steps of 5 %%%n",
                            StaircaseRun.rate(coarseFinding.capacityPerSecond()),
                            StaircaseRun.rate(coarseFinding.limitAtPerSecond()));
                    out.flush();
                    steps.addAll(staircase(searchDir, "staircase-2", refine, testbed, cleanup, ledgers));
                    folder.addStaircase("staircase-2");
                }
            }
        }
        CapacityResult result = SearchResults.assemble(
                searchId, settings, folder.target(), steps, calendar, searchDir, (System.nanoTime() - started) / 1e9);
        CapacityJson.write(result, searchDir.resolve(CapacityJson.FILE));
        boolean ledgerIntact = ledgers.stream().allMatch(LedgerVerdict::intact);
        String summary = SearchSummary.render(result, ledgers, searchDir);
        folder.writeResult(result, ledgerIntact, summary);
        RunReport.write(searchDir, workload.calendarFile(), out);
        out.println();
        out.print(summary);
        out.flush();
        if (!ledgerIntact) {
            err.println("capacity: acknowledged applications were lost or changed: see the ledger-check.json files");
            return 1;
        }
        return result.finding().status() == FindingStatus.INJECTOR_LIMIT ? 1 : 0;
    }

    private List<SearchedStep> staircase(
            Path searchDir,
            String name,
            List<Double> rates,
            Testbed testbed,
            Cleanup cleanup,
            List<LedgerVerdict> ledgers)
            throws Exception {
        Path dir = searchDir.resolve(name);
        StaircaseSpec spec = spec(rates);
        String simulation =
                settings.request() != null ? RequestSimulation.class.getName() : StaircaseSimulation.class.getName();
        Map<String, String> properties =
                new StaircaseProperties(testbed.baseUrl(), settings.profile(), workload, searchDir, name).asMap();
        List<StepMeasurement> measured = new StaircaseRun(dir, spec, simulation, out)
                .run(properties, injector, settings.warmupSeconds(), cleanup);
        if (settings.request() == null) {
            LedgerVerdict ledger = LedgerReadBack.check(dir, testbed.baseUrl());
            out.println("sevasurge: " + name + " ledger: " + ledger.describe());
            ledgers.add(ledger);
        }
        return measured.stream().map(step -> new SearchedStep(name, step)).toList();
    }

    private StaircaseSpec spec(List<Double> rates) {
        return new StaircaseSpec(
                settings.journey(),
                settings.profile(),
                rates,
                settings.holdSeconds(),
                settings.seedApplications(),
                settings.request());
    }

    static List<StepMeasurement> measurements(List<SearchedStep> steps) {
        return steps.stream().map(SearchedStep::step).toList();
    }
}
