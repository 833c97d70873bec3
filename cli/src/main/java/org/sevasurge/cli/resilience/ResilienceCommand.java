package org.sevasurge.cli.resilience;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.resilience.Criteria;
import org.sevasurge.capacity.resilience.ScenarioResult;
import org.sevasurge.capacity.resilience.Scorecard;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.TargetOptions;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.calendar.ScenarioLoader;
import org.sevasurge.simulations.faults.Scenario;
import org.sevasurge.simulations.recording.RunFolder;
import org.sevasurge.simulations.run.Defaults;
import org.sevasurge.testbed.ServiceOptions;
import org.sevasurge.testbed.TestbedMode;
import org.sevasurge.testbed.TestbedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge resilience}: the scenarios of the scenario file, each a real load run at a share of the measured
 * capacity with its faults timed inside, judged by fixed criteria; a line per scenario and a scorecard. Every
 * scenario and its timeline is checked before any load. Exit status 0 when none fails, 1 when one fails, 2 bad input.
 */
@Command(
        name = "resilience",
        mixinStandardHelpOptions = true,
        description = "Break things under load on schedule (a full disk, a slow or failing dependency, a killed"
                + " service, a stopped database) and judge what the users saw: time to detect and to recover, the"
                + " error shape, goodput, and lost or duplicated applications.",
        footer = {
            "",
            "Examples:",
            "  ./sevasurge resilience --scenario all --rate 3",
            "  ./sevasurge resilience --scenario disk-full,payment-slow --load 50",
            "",
            "Exit status: 0 no scenario failed (skipped ones say why), 1 a scenario failed, 2 bad input."
        })
public final class ResilienceCommand implements Callable<Integer> {
    /** Where a test-only switch may be allowed; the same names the service honours. */
    static final String ALLOW_VARIABLE = "SEVASURGE_ALLOW_BROKEN_PROMISES";

    static final String ALLOW_PROPERTY = "sevasurge.allowBrokenPromises";

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Mixin
    WorkloadOptions workload;

    @Mixin
    InjectorOptions injector;

    @Option(
            names = "--scenario",
            paramLabel = "NAME|all",
            defaultValue = "all",
            split = ",",
            description = "the scenarios to run, comma-separated, or all (default)")
    List<String> scenarioNames;

    @Option(
            names = "--scenarios",
            paramLabel = "FILE",
            description = "your own scenario file (default: the shipped resilience-scenarios.yaml)")
    @Nullable
    Path scenariosFile;

    private @Nullable Double loadPercent;

    @Option(
            names = "--load",
            paramLabel = "PERCENT",
            description = "the share of the measured capacity (newest capacity.json) to offer (default: each"
                    + " scenario's own, 50)")
    void load(double value) {
        if (!(value > 0 && value <= 1000)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--load " + value + ": accepted values: a percentage"
                            + " of the measured capacity above 0 and at most 1000");
        }
        loadPercent = value;
    }

    private @Nullable Double rate;

    @Option(
            names = "--rate",
            paramLabel = "R",
            description = "offer R submissions/s (the season mix's reads follow) instead of a share of capacity")
    void rate(double value) {
        if (!(value > 0)) {
            throw new ParameterException(spec.commandLine(), "--rate " + value + ": accepted values: a number > 0");
        }
        rate = value;
    }

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = Defaults.PROFILE,
            description = "the calendar profile whose SLOs and read factor the load follows (default ${DEFAULT-VALUE})")
    String profile;

    @Option(
            names = "--max-in-flight",
            paramLabel = "N",
            description = "embedded testbed: the service's --max-in-flight (requests served at once before a fast"
                    + " 503; default: the service's)")
    @Nullable
    Integer maxInFlight;

    @Option(
            names = "--max-in-flight-submissions",
            paramLabel = "N",
            description = "embedded testbed: the service's --max-in-flight-submissions (default: the service's); small"
                    + " limits make a small capacity that a short overload run exceeds")
    @Nullable
    Integer maxInFlightSubmissions;

    @Option(
            names = "--break-promise",
            paramLabel = "LIST",
            hidden = true,
            description =
                    "tests only: start the service with a broken promise (refused unless " + ALLOW_VARIABLE + "=yes)")
    @Nullable
    String brokenPromise;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Scenario> all =
                scenariosFile == null ? ScenarioLoader.loadDefault() : ScenarioLoader.load(scenariosFile);
        List<Scenario> chosen = choose(all);
        workload.load().profile(profile);
        TestbedOptions testbed = target.testbedOptions();
        ServiceOptions service = serviceOptions(testbed);
        Map<String, Double> rates = rates(chosen, out);

        long started = System.nanoTime();
        Path setDir = target.runsDir().resolve(RunFolder.newRunId("resilience", Instant.now()));
        Files.createDirectories(setDir);
        ScenarioRunner runner = new ScenarioRunner(setDir, testbed, service, workload, injector, profile, out);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : chosen) {
            ScenarioResult result = runner.run(scenario, rates.get(scenario.name()));
            results.add(result);
            out.println("sevasurge: " + result.line());
            out.flush();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Scorecard.write(setDir, results, wall);
        out.println();
        out.println("==== resilience scorecard (" + setDir.resolve(Scorecard.MARKDOWN_FILE) + ") ====");
        results.forEach(r -> out.println(r.line()));
        out.printf(Locale.ROOT, "wall time %.0f s%n", wall);
        out.println("into a capacity report: ./sevasurge report RUN_DIR --resilience " + setDir);
        out.flush();
        return results.stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.FAIL) ? 1 : 0;
    }

    private List<Scenario> choose(Map<String, Scenario> all) {
        if (scenarioNames.size() == 1 && scenarioNames.get(0).equals("all")) {
            return List.copyOf(all.values());
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : scenarioNames) {
            Scenario scenario = all.get(name.trim());
            if (scenario == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--scenario '" + name + "': accepted values: all, " + String.join(", ", all.keySet()));
            }
            chosen.add(scenario);
        }
        return chosen;
    }

    private Map<String, Double> rates(List<Scenario> chosen, PrintWriter out) {
        Map<String, Double> rates = new LinkedHashMap<>();
        if (rate != null) {
            chosen.forEach(s -> rates.put(s.name(), rate));
            return rates;
        }
        ScenarioRate.Capacity capacity = ScenarioRate.newest(target.runsDir());
        out.printf(
                Locale.ROOT,
                "sevasurge: measured capacity %.2f submissions/s (%s)%n",
                capacity.perSecond(),
                capacity.file());
        for (Scenario s : chosen) {
            rates.put(s.name(), capacity.perSecond() * (loadPercent != null ? loadPercent : s.loadPercent()) / 100);
        }
        return rates;
    }

    private void limit(List<String> args, String option, @Nullable Integer value) {
        if (value == null) {
            return;
        }
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " " + value + ": accepted values: a number >= 1");
        }
        args.addAll(List.of(option, String.valueOf(value)));
    }

    private ServiceOptions serviceOptions(TestbedOptions testbed) {
        if (testbed.mode() != TestbedMode.EMBEDDED) {
            if (brokenPromise != null) {
                throw new ParameterException(spec.commandLine(), "--break-promise needs the embedded testbed");
            }
            if (maxInFlight != null || maxInFlightSubmissions != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--max-in-flight and --max-in-flight-submissions need the embedded testbed");
            }
            return ServiceOptions.NONE;
        }
        List<String> args =
                new ArrayList<>(List.of("--storage-check-millis", String.valueOf(Criteria.GUARD_INTERVAL_MILLIS)));
        limit(args, "--max-in-flight", maxInFlight);
        limit(args, "--max-in-flight-submissions", maxInFlightSubmissions);
        if (brokenPromise == null) {
            return new ServiceOptions(null, null, args, Map.of());
        }
        if (!"yes".equals(System.getenv(ALLOW_VARIABLE)) && !"yes".equals(System.getProperty(ALLOW_PROPERTY))) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--break-promise breaks a promise of the service on"
                            + " purpose and is only for tests that prove a scenario fails; it is refused unless "
                            + ALLOW_VARIABLE + "=yes (or -D" + ALLOW_PROPERTY + "=yes) is set");
        }
        args.addAll(List.of("--break-promise", brokenPromise));
        return new ServiceOptions(null, null, args, Map.of(ALLOW_VARIABLE, "yes"));
    }
}
