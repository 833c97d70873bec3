package org.sevasurge.cli.injector;

import com.fasterxml.jackson.databind.JsonNode;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * The steady window of one phase's run folder: from run second {@code warmupSeconds} for {@code seconds}, and the
 * injector's mean CPU over it from {@code injector-metrics.jsonl} (a sample counts when the middle of the second it
 * covers lies in the window, as the run's verdict cuts windows). Immutable.
 *
 * @param range the window, epoch milliseconds
 */
record PhaseWindow(TimeRange range) {
    private static final long SAMPLE_MILLIS = 1000;

    /** @return the window of {@code folder}'s run: from run second {@code warmupSeconds}, {@code seconds} long */
    static PhaseWindow of(LoadRunFolder folder, double warmupSeconds, double seconds) {
        long start = folder.info().loadStartedAtMillis();
        if (start <= 0) {
            throw new IllegalStateException(folder.dir().resolve(RunLayout.RUN_JSON) + ": the load never started;"
                    + " see " + folder.dir().resolve("injector.log"));
        }
        long from = start + Math.round(warmupSeconds * 1000);
        return new PhaseWindow(new TimeRange(from, from + Math.round(seconds * 1000)));
    }

    /** @return the injector's mean CPU in this window, core-equivalents; NaN without a sample in it */
    double meanCpuCores(LoadRunFolder folder) {
        double sum = 0;
        int samples = 0;
        for (JsonNode sample : folder.injectorMetrics()) {
            long middle = LoadRunFolder.timeOf(sample, RunLayout.INJECTOR_METRICS) - SAMPLE_MILLIS / 2;
            if (range.contains(middle) && sample.has("cpuCores")) {
                sum += sample.get("cpuCores").asDouble();
                samples++;
            }
        }
        return samples == 0 ? Double.NaN : sum / samples;
    }

    /** @return the submissions/s the sink completed in the window's whole seconds */
    double achievedPerSecond(FastSink sink) {
        long first = (range.fromMillis() + 999) / 1000;
        long end = range.toMillis() / 1000;
        return end > first ? (double) sink.submissionsBetween(range.fromMillis(), range.toMillis()) / (end - first) : 0;
    }
}
