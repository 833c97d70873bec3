package org.sevasurge.cli.capacity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.TargetOptions;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.calendar.JourneyMix;
import org.sevasurge.simulations.plan.StaircaseSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge capacity}: how much one instance takes while every request meets its SLO. Validates the options
 * (a message naming the option and the accepted values, exit 2) and hands them to a {@link CapacitySearch}. Exit
 * status: 0 when the search established a capacity (or a bound), 1 when the injector was the limit or an
 * acknowledged application was lost, 2 bad input.
 */
@Command(
        name = "capacity",
        mixinStandardHelpOptions = true,
        description = "Find the capacity of one instance: a staircase of open-model load, each step judged on its"
                + " SLOs, achieved rate and the injector's health; then a refining staircase to a 5 %% resolution.",
        footer = {
            "",
            "Examples:",
            "  ./sevasurge capacity                                  the season mix, embedded testbed",
            "  ./sevasurge capacity --journey status --from 500 --step 50",
            "  ./sevasurge capacity --target http://127.0.0.1:9000 --request 'GET /items/1' \\",
            "      --slo 'p95=50ms,p99=100ms,errors=0.1%%'",
            "",
            "Exit status: 0 a capacity (or a bound) was established, 1 the injector was the limit or an"
                    + " acknowledged application was lost, 2 bad input."
        })
public final class CapacityCommand implements Callable<Integer> {
    static final List<String> JOURNEYS = List.of(JourneyMix.SEASON_MIX, "submit", "status", "download", "verify");
    private static final Map<String, Double> DEFAULT_FROM = Map.of(
            JourneyMix.SEASON_MIX,
            2.0,
            "submit",
            5.0,
            "status",
            100.0,
            "download",
            20.0,
            "verify",
            50.0,
            StaircaseSpec.REQUEST,
            10.0);
    private static final Map<String, Integer> SEEDS = Map.of("status", 200, "download", 100, "verify", 100);

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Mixin
    WorkloadOptions workload;

    @Mixin
    InjectorOptions injector;

    @Option(
            names = "--journey",
            paramLabel = "NAME",
            defaultValue = JourneyMix.SEASON_MIX,
            description = "season-mix (default: submissions/s is the knob, reads follow the calendar's reads per"
                    + " application), submit, status, download or verify")
    String journey;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "season",
            description =
                    "the calendar profile whose SLOs (and read factor) judge the steps (default ${DEFAULT-VALUE})")
    String profile;

    @Option(
            names = "--from",
            paramLabel = "RATE",
            description = "the first step's rate per second (default: 2 for"
                    + " season-mix, 5 submit, 100 status, 20 download, 50 verify, 10 for --request)")
    Double from;

    @Option(
            names = "--step",
            paramLabel = "PERCENT",
            defaultValue = "25",
            description = "each coarse step's rise in percent (default ${DEFAULT-VALUE})")
    double step;

    @Option(
            names = "--hold",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "how long each step is held (default ${DEFAULT-VALUE}); its first seconds are discarded")
    int hold;

    @Option(
            names = "--warmup",
            paramLabel = "SECONDS",
            description = "seconds discarded at the start of each step (default: a third of the hold, at most 5)")
    Double warmup;

    @Option(names = "--max", paramLabel = "RATE", description = "no step above this rate (default: none)")
    Double max;

    @Option(
            names = "--budget",
            paramLabel = "MINUTES",
            defaultValue = "15",
            description = "the load time all steps may take together, minutes (default ${DEFAULT-VALUE})")
    double budget;

    @Option(
            names = "--target-utilisation",
            paramLabel = "PERCENT",
            defaultValue = "70",
            description = "the utilisation the season's sizing plans for (default ${DEFAULT-VALUE})")
    double utilisation;

    @Option(
            names = "--request",
            paramLabel = "'METHOD /path'",
            description = "search the capacity of this one request of any --target instead of a journey")
    String request;

    @Option(names = "--body", paramLabel = "FILE", description = "the body of --request")
    Path body;

    @Option(names = "--header", paramLabel = "'Name: value'", description = "a header of --request (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--slo", paramLabel = "'p95=..ms,p99=..ms,errors=..%'", description = "the SLO of --request")
    String slo;

    @Override
    public Integer call() throws Exception {
        return new CapacitySearch(
                        settings(),
                        target,
                        workload,
                        injector,
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr())
                .run();
    }

    /** @return the validated settings; a {@link ParameterException} naming the option otherwise */
    SearchSettings settings() {
        target.testbedOptions();
        StaircaseSpec.RequestSpec requestSpec = request == null ? null : requestSpec();
        String searched = requestSpec != null ? StaircaseSpec.REQUEST : journey;
        if (requestSpec == null) {
            if (!JOURNEYS.contains(journey)) {
                throw bad("--journey '" + journey + "': accepted values: " + String.join(", ", JOURNEYS)
                        + " (or --request 'METHOD /path' for one request of any server)");
            }
            if (body != null || !headers.isEmpty() || slo != null) {
                throw bad("--body, --header and --slo go with --request 'METHOD /path'");
            }
        } else if (target.embedded()) {
            throw bad("--request needs --target URL: the server to measure");
        }
        double fromRate = from != null ? from : DEFAULT_FROM.get(searched);
        positive("--from", fromRate);
        positive("--step", step);
        if (hold < 3 || hold > 3600) {
            throw bad("--hold " + hold + ": accepted values: 3 to 3600 seconds");
        }
        double warmupSeconds = warmup != null ? warmup : Math.min(5, hold / 3.0);
        if (warmupSeconds < 0 || warmupSeconds > hold / 2.0) {
            throw bad("--warmup " + warmupSeconds + ": accepted values: 0 to half the hold (" + hold / 2.0 + " s)");
        }
        if (max != null && max < fromRate) {
            throw bad("--max " + max + ": accepted values: a rate at least --from (" + fromRate + ")");
        }
        if (!(budget > 0) || budget * 60 < 2 * hold) {
            throw bad(
                    "--budget " + budget + ": accepted values: minutes enough for two steps of --hold " + hold + " s");
        }
        if (!(utilisation > 0 && utilisation <= 100)) {
            throw bad("--target-utilisation " + utilisation + ": accepted values: a percentage above 0, at most 100");
        }
        return new SearchSettings(
                searched,
                profile,
                fromRate,
                step,
                hold,
                warmupSeconds,
                max != null ? max : Double.POSITIVE_INFINITY,
                budget * 60,
                utilisation / 100,
                SEEDS.getOrDefault(searched, 0),
                requestSpec);
    }

    private StaircaseSpec.RequestSpec requestSpec() {
        RequestOption parsed;
        SloOption objective;
        Map<String, String> headerMap = new LinkedHashMap<>();
        try {
            parsed = RequestOption.parse(request);
            if (slo == null) {
                throw new IllegalArgumentException(
                        "--request needs --slo 'p95=..ms,p99=..ms,errors=..%': what the" + " request must meet");
            }
            objective = SloOption.parse(slo);
            for (String header : headers) {
                HeaderOption h = HeaderOption.parse(header);
                headerMap.put(h.name(), h.value());
            }
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        if (body != null && !Files.isRegularFile(body)) {
            throw bad("--body " + body + ": no such file");
        }
        return new StaircaseSpec.RequestSpec(
                parsed.method(),
                parsed.path(),
                body == null ? null : body.toAbsolutePath().normalize(),
                headerMap,
                objective.p95Millis(),
                objective.p99Millis(),
                objective.maxErrorPercent());
    }

    private void positive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw bad(option + " " + value + ": accepted values: a number > 0");
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
