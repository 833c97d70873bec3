package org.sevasurge.cli.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.steps.Outcome;
import org.sevasurge.capacity.steps.StepAnalyzer;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.steps.Window;
import org.sevasurge.capacity.steps.WindowMeasurer;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.Injector;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.simulations.plan.StaircaseSpec;

/**
 * One staircase of a search: writes {@code staircase.json} into its run folder, forks the injector, and judges
 * each step as soon as it has ended (plus a second for the last interval to be written); after the first step that
 * does not pass it writes the stop file, so nothing is spent above a failure. After the injector ends, every step
 * it reached is measured again from the complete files. Not thread-safe; one run per instance.
 *
 * @param dir        the staircase's run folder
 * @param spec       the staircase
 * @param simulation the Gatling simulation's class name
 * @param out        where progress is printed
 */
record StaircaseRun(Path dir, StaircaseSpec spec, String simulation, PrintWriter out) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 500;
    private static final double SETTLE_SECONDS = 1.5;

    /**
     * @param properties the injector's system properties
     * @return every step the staircase reached, measured after its end with {@code warmupSeconds} discarded
     */
    List<StepMeasurement> run(
            java.util.Map<String, String> properties, InjectorOptions options, double warmupSeconds, Cleanup cleanup)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        spec.write(dir.resolve("staircase.json"));
        Injector injector = cleanup.register(Injector.of(simulation, properties, options, dir));
        injector.start(out);
        int judged = 0;
        boolean stopped = false;
        while (injector.alive()) {
            Thread.sleep(POLL_MILLIS);
            JsonNode run = runJson();
            if (run == null || !run.path("loadStarted").asBoolean(false) || stopped) {
                continue;
            }
            double elapsed = (System.currentTimeMillis()
                            - run.path("loadStartedAtMillis").asLong())
                    / 1000.0;
            while (judged < spec.rates().size() && spec.stepStart(judged + 1) + SETTLE_SECONDS <= elapsed) {
                StepMeasurement step = measureStep(judged, warmupSeconds);
                print(step);
                judged++;
                if (step.verdict().outcome() != Outcome.PASS) {
                    Files.createDirectories(dir.resolve(RunLayout.STOP_FILE).getParent());
                    Files.writeString(
                            dir.resolve(RunLayout.STOP_FILE),
                            String.format(
                                    Locale.ROOT,
                                    "step %d (%.3f/s) %s: %s",
                                    step.index(),
                                    step.level(),
                                    step.verdict().outcome(),
                                    step.verdict().limit()),
                            StandardCharsets.UTF_8);
                    stopped = true;
                    break;
                }
            }
        }
        int status = injector.await();
        cleanup.closeNow(injector);
        if (status != 0) {
            out.println("sevasurge: the injector of " + dir.getFileName() + " ended with status " + status + " (see "
                    + dir.resolve("injector.log") + ")");
        }
        LoadRunFolder folder = LoadRunFolder.open(dir);
        JsonNode run = runJson();
        double loadSeconds = run == null || !run.has("endedAtMillis")
                ? 0
                : (run.get("endedAtMillis").asLong()
                                - run.path("loadStartedAtMillis").asLong())
                        / 1000.0;
        return StepAnalyzer.measure(folder, warmupSeconds, loadSeconds + SETTLE_SECONDS);
    }

    private StepMeasurement measureStep(int index, double warmupSeconds) {
        LoadRunFolder folder = LoadRunFolder.open(dir);
        List<Window> windows = StepAnalyzer.steadyWindows(folder.info().steps(), warmupSeconds, Double.MAX_VALUE);
        return WindowMeasurer.measure(folder, List.of(windows.get(index))).get(0);
    }

    private void print(StepMeasurement step) {
        out.println(String.format(
                Locale.ROOT,
                "sevasurge: %s step %d at %s/s: %s%s",
                dir.getFileName(),
                step.index(),
                rate(step.level()),
                step.verdict().outcome(),
                step.verdict().reasons().isEmpty() ? "" : " (" + step.verdict().limit() + ")"));
        out.flush();
    }

    static String rate(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private @Nullable JsonNode runJson() {
        try {
            Path file = dir.resolve(RunLayout.RUN_JSON);
            return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null;
        } catch (IOException e) {
            // The injector rewrites run.json while we read it: try again next poll.
            return null;
        }
    }
}
