package org.sevasurge.cli.injector;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.Injector;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.StaircaseProperties;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.calendar.Journey;
import org.sevasurge.simulations.plan.StaircaseSpec;
import org.sevasurge.simulations.season.StaircaseSimulation;

/**
 * Runs one phase of the injector benchmark: a one-step capacity staircase of open submissions
 * ({@link StaircaseSimulation}, journey {@code submit}) against the sink, in a forked injector JVM exactly as a
 * capacity search forks it, with recording on or off; then measures its steady window. Gatling's console output goes
 * to the phase's {@code injector.log} only. Not thread-safe; phases run one after another.
 */
record PhaseRunner(
        Path benchmarkDir,
        FastSink sink,
        BenchmarkSettings settings,
        WorkloadOptions workload,
        InjectorOptions options,
        Cleanup cleanup) {
    private static final String SLO_PROFILE = "season";

    /** @return what the phase measured; its run folder is {@code <benchmark>/<phase name>/} */
    PhaseResult run(BenchmarkSettings.Phase phase) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(benchmarkDir.resolve(phase.name()));
        new StaircaseSpec(
                        Journey.SUBMIT.id(),
                        SLO_PROFILE,
                        List.of(settings.ratePerSecond()),
                        settings.holdSeconds(),
                        0,
                        null)
                .write(dir.resolve("staircase.json"));
        long submissionsBefore = sink.submissions();
        long bytesBefore = sink.bodyBytes();
        Injector injector =
                cleanup.register(Injector.of(StaircaseSimulation.class.getName(), properties(phase), options, dir));
        injector.start(new PrintWriter(Writer.nullWriter()));
        int status = injector.await();
        cleanup.closeNow(injector);
        long submissions = sink.submissions() - submissionsBefore;
        double bytesPerSubmission = submissions == 0 ? 0 : (double) (sink.bodyBytes() - bytesBefore) / submissions;
        LoadRunFolder folder = LoadRunFolder.open(dir);
        PhaseWindow window = PhaseWindow.of(folder, settings.warmupSeconds(), settings.seconds());
        return new PhaseResult(
                phase.name(),
                phase.recording(),
                settings.ratePerSecond(),
                window.achievedPerSecond(sink),
                window.meanCpuCores(folder),
                window.range().seconds(),
                bytesPerSubmission,
                status);
    }

    private Map<String, String> properties(BenchmarkSettings.Phase phase) {
        Map<String, String> properties =
                new StaircaseProperties(sink.baseUrl(), SLO_PROFILE, workload, benchmarkDir, phase.name()).asMap();
        properties.put("sevasurge.recording", phase.recording() ? "on" : "off");
        return properties;
    }
}
