package org.sevasurge.cli.season;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.verdict.RunJudge;
import org.sevasurge.capacity.verdict.RunVerdict;
import org.sevasurge.cli.report.RunReport;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.Injector;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.LedgerReadBack;
import org.sevasurge.cli.run.SystemUnderTest;
import org.sevasurge.cli.run.TargetOptions;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.calendar.Profile;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.calendar.WorkloadPlan;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.recording.RunFolder;
import org.sevasurge.simulations.run.Defaults;
import org.sevasurge.simulations.season.SeasonSimulation;
import org.sevasurge.testbed.Testbed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge season}: brings the system under test up (or checks the target), plays the profile's warm-up if it
 * has one ({@link WarmUp}), forks the Gatling injector with one calendar profile, reads every acknowledged
 * application back, brings the system down, and judges the run once on Seva Surge's own recordings. Exit status 0
 * pass, 1 fail, 2 bad input.
 */
@Command(
        name = "season",
        mixinStandardHelpOptions = true,
        description = "Run one profile of the season calendar and judge it: SLOs per request, the ack ledger read"
                + " back, the injector's saturation per window.",
        footer = {"", "Exit status: 0 pass, 1 an SLO breach, a broken ledger or a saturated injector, 2 bad input."})
public final class SeasonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Mixin
    WorkloadOptions workload;

    @Mixin
    InjectorOptions injector;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = Defaults.PROFILE,
            description = "the calendar's profile: smoke (default, about a minute), season (10 min), results-day"
                    + " (3 min), soak (1 h), or one of your calendar's")
    String profile;

    private Double compression;

    @Option(
            names = "--compression",
            paramLabel = "X",
            description = "play the profile X times faster than the calendar (default: the profile's own)")
    void compression(double value) {
        compression = positive("--compression", value);
    }

    private double rateFactor = 1.0;

    @Option(
            names = "--rate-factor",
            paramLabel = "F",
            description = "multiply every rate by F (default 1; 0.5 for one of two injectors)")
    void rateFactor(double value) {
        rateFactor = positive("--rate-factor", value);
    }

    private Double warmUpSeconds;

    @Option(
            names = "--warm-up",
            paramLabel = "SECONDS",
            description = "first play the season mix to the service for this long, unjudged, so that the profile"
                    + " meets a service whose JIT has compiled its paths (default: the profile's warmUpSeconds,"
                    + " 60 for results-day, else 0); 0 plays the profile to a cold service")
    void warmUpSeconds(double value) {
        if (!(value >= 0 && value <= Profile.MAX_WARM_UP_SECONDS)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--warm-up " + value + ": accepted values: 0 to " + (int) Profile.MAX_WARM_UP_SECONDS + " seconds");
        }
        warmUpSeconds = value;
    }

    private double positive(String option, double value) {
        if (!(value > 0)) {
            throw new ParameterException(spec.commandLine(), option + " " + value + ": accepted values: a number > 0");
        }
        return value;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        target.testbedOptions();
        SeasonCalendar calendar = workload.load();
        Profile chosen = calendar.profile(profile);
        String runId = RunFolder.newRunId(chosen.name(), Instant.now());
        Path runDir = target.runsDir().resolve(runId);
        Files.createDirectories(runDir);
        try (Cleanup cleanup = new Cleanup()) {
            Testbed testbed = SystemUnderTest.start(target, cleanup, out);
            WarmUp warmUp = warmUp(calendar, chosen);
            String warmUpLine = null;
            if (warmUp != null) {
                LedgerVerdict warmUpLedger = warmUp.play(testbed.baseUrl(), runDir, workload, injector, cleanup, out);
                warmUpLine = "warm-up (not judged): " + warmUp.describe() + "; its ledger: " + warmUpLedger.describe();
                out.println("sevasurge: " + warmUpLine);
                if (!warmUpLedger.intact()) {
                    spec.commandLine()
                            .getErr()
                            .println("season: the warm-up lost or changed acknowledged applications; see "
                                    + runDir.resolve(WarmUp.folderName(runId)).resolve(RunLayout.LEDGER_CHECK));
                    return 1;
                }
            }
            SeasonRunProperties properties = new SeasonRunProperties(
                    testbed.baseUrl(), chosen.name(), workload, compression, rateFactor, target.runsDir(), runId);
            Injector gatling = cleanup.register(
                    Injector.of(SeasonSimulation.class.getName(), properties.asMap(), injector, runDir));
            out.printf(
                    "sevasurge: running profile %s against %s (run %s; Gatling prints progress every 5 s)...%n",
                    chosen.name(), testbed.baseUrl(), runId);
            out.flush();
            gatling.start(out);
            int gatlingStatus = gatling.await();
            if (!Files.isRegularFile(runDir.resolve("run.json"))) {
                spec.commandLine()
                        .getErr()
                        .println("season: the injector ended (status " + gatlingStatus
                                + ") before it wrote run.json; see " + runDir.resolve("injector.log"));
                return 1;
            }
            out.println("sevasurge: reading every acknowledged application back...");
            out.flush();
            LedgerReadBack.check(runDir, testbed.baseUrl());
            out.println("sevasurge: stopping the testbed...");
            out.flush();
            cleanup.closeNow(testbed);
            RunVerdict verdict = RunJudge.judge(LoadRunFolder.open(runDir));
            String summary = SeasonReport.write(runDir, verdict, gatlingStatus, warmUpLine);
            RunReport.write(runDir, workload.calendarFile(), out);
            out.println();
            out.println("==== summary (" + runDir.resolve("summary.txt") + ") ====");
            out.print(summary);
            out.flush();
            return verdict.exitCode();
        }
    }

    /** @return the warm-up the options or the profile ask for, or null for none */
    private @Nullable WarmUp warmUp(SeasonCalendar calendar, Profile chosen) {
        double seconds = warmUpSeconds != null ? warmUpSeconds : chosen.warmUpSeconds();
        if (seconds <= 0) {
            return null;
        }
        double peak = WorkloadPlan.of(calendar, chosen, chosen.compression(), rateFactor)
                .peakSubmissionsPerSecond();
        return new WarmUp(seconds, peak, chosen.name());
    }
}
