package org.sevasurge.cli.injector;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sevasurge.cli.ExitCodes;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.Home;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.recording.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge injector}: is the injector ever the limit? Runs the submission journey against a {@link FastSink}
 * with Seva Surge's recording on and off, alternating, in one session, and prints the injector's cores per 100
 * submissions/s, the recording's overhead and the submissions/s one core carries. Exit 0 when every phase kept the
 * offered rate, 1 when the injector fell behind it (or failed), 2 bad input.
 */
@Command(
        name = "injector",
        mixinStandardHelpOptions = true,
        description = "Measure the Gatling injector itself: submissions of unique documents to a sink on loopback that"
                + " discards them, with Seva Surge's recording on and off in one session; the injector's cores per"
                + " 100 submissions/s and the recording's CPU overhead.",
        footer = {
            "",
            "Examples:",
            "  ./sevasurge injector                          250 submissions/s, 2 rounds",
            "  ./sevasurge injector --rate 300 --injector-cpus 1    pinned to one core: does it keep 300/s?",
            "",
            "Exit status: 0 every phase kept the offered rate, 1 the injector fell behind it, 2 bad input."
        })
public final class InjectorCommand implements Callable<Integer> {
    private static final long SINK_WARM_UP_MILLIS = 5_000;
    private static final int SINK_WARM_UP_BODY_BYTES = 256 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Mixin
    InjectorOptions injector;

    @Option(
            names = "--rate",
            paramLabel = "PER_SECOND",
            defaultValue = "250",
            description = "submissions/s offered in every phase (default ${DEFAULT-VALUE})")
    double rate;

    @Option(
            names = "--seconds",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "seconds measured per phase (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--warmup",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "seconds discarded at the start of each phase, while the JIT still compiles"
                    + " (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "2",
            description = "pairs of phases, recording on and off, alternating which goes first"
                    + " (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--runs", paramLabel = "DIR", description = "parent of the benchmark's folder (default: runs/)")
    @Nullable
    Path runs;

    @Override
    public Integer call() throws Exception {
        BenchmarkSettings settings = settings();
        workload.load();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createDirectories((runs != null ? runs : Home.runs())
                .toAbsolutePath()
                .resolve(RunFolder.newRunId("injector", Instant.now())));
        List<PhaseResult> phases = new ArrayList<>();
        try (Cleanup cleanup = new Cleanup();
                FastSink sink = cleanup.register(FastSink.start())) {
            print(
                    out,
                    "injector benchmark: %.0f submissions/s, %d s measured after %d s of warm-up, %d round(s);"
                            + " sink %s; folder %s",
                    rate,
                    seconds,
                    warmup,
                    rounds,
                    sink.baseUrl(),
                    dir);
            sink.warmUp(SINK_WARM_UP_MILLIS, SINK_WARM_UP_BODY_BYTES);
            PhaseRunner runner = new PhaseRunner(dir, sink, settings, workload, injector, cleanup);
            for (BenchmarkSettings.Phase phase : settings.phases()) {
                PhaseResult result = runner.run(phase);
                phases.add(result);
                print(
                        out,
                        "%s done: %.1f submissions/s, injector %.3f cores",
                        phase.name(),
                        result.achievedPerSecond(),
                        result.cpuCores());
            }
        }
        BenchmarkFigures figures = new BenchmarkFigures(settings, phases);
        figures.write(dir.resolve("injector-benchmark.json"));
        figures.lines().forEach(line -> out.println("sevasurge: " + line));
        out.flush();
        return figures.everyPhaseKeptRate() ? ExitCodes.PASS : ExitCodes.FAIL;
    }

    /** @return the validated settings; a {@link ParameterException} naming the option otherwise */
    BenchmarkSettings settings() {
        if (!(rate > 0) || rate > 100_000) {
            throw bad("--rate " + rate + ": accepted values: submissions/s above 0, at most 100000");
        }
        if (seconds < 3 || seconds > 3600) {
            throw bad("--seconds " + seconds + ": accepted values: 3 to 3600");
        }
        if (warmup < 0 || warmup > 600) {
            throw bad("--warmup " + warmup + ": accepted values: 0 to 600 seconds");
        }
        if (rounds < 1 || rounds > 20) {
            throw bad("--rounds " + rounds + ": accepted values: 1 to 20");
        }
        return new BenchmarkSettings(rate, warmup, seconds, rounds);
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static void print(PrintWriter out, String pattern, Object... values) {
        out.println("sevasurge: " + String.format(Locale.ROOT, pattern, values));
        out.flush();
    }
}
