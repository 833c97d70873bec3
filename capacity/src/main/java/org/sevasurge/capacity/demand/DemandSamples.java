package org.sevasurge.capacity.demand;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * Cuts run folders into consecutive windows of {@value #WINDOW_SECONDS} s over their load and measures each: the
 * service's mean CPU from {@code server-metrics.jsonl} (process CPU share x CPU count) and every request's
 * responses per second from {@code responses.jsonl} (each line apportioned by its overlap). Five seconds keep the
 * arrivals' Poisson noise, which is independent between classes and so separates them, while the up-to-a-second
 * misalignment between a scrape and the responses it covers stays small against the window. Stateless.
 */
public final class DemandSamples {
    /** The windows' length, seconds. */
    public static final double WINDOW_SECONDS = 5;

    private DemandSamples() {}

    /** @return the windows of every folder with at least one CPU sample, in order */
    public static List<DemandSample> of(List<LoadRunFolder> runs) {
        List<DemandSample> samples = new ArrayList<>();
        for (LoadRunFolder run : runs) {
            samples.addAll(of(run));
        }
        return samples;
    }

    static List<DemandSample> of(LoadRunFolder run) {
        List<JsonNode> server = run.serverMetrics();
        List<JsonNode> responses = run.responses();
        long start = run.info().loadStartedAtMillis();
        long end = start + Math.round(run.info().totalSeconds() * 1000);
        long last =
                server.isEmpty() ? end : LoadRunFolder.timeOf(server.get(server.size() - 1), RunLayout.SERVER_METRICS);
        end = Math.min(end, last);
        long step = Math.round(WINDOW_SECONDS * 1000);
        List<DemandSample> samples = new ArrayList<>();
        for (long from = start; from + step <= end; from += step) {
            TimeRange range = new TimeRange(from, from + step);
            double cpu = 0;
            int withCpu = 0;
            for (LoadRunFolder.Weighted w : LoadRunFolder.within(server, range, RunLayout.SERVER_METRICS)) {
                JsonNode line = w.line();
                if (!line.has("error") && line.hasNonNull("processCpuUsage")) {
                    cpu += line.get("processCpuUsage").asDouble()
                            * line.path("cpuCount").asDouble(1);
                    withCpu++;
                }
            }
            if (withCpu == 0) {
                continue;
            }
            Map<String, Double> perSecond = new HashMap<>();
            for (LoadRunFolder.Weighted w : LoadRunFolder.within(responses, range, RunLayout.RESPONSES)) {
                w.line()
                        .path("status")
                        .fields()
                        .forEachRemaining(request -> request.getValue()
                                .fields()
                                .forEachRemaining(status -> perSecond.merge(
                                        request.getKey(),
                                        status.getValue().asDouble() * w.weight() / range.seconds(),
                                        Double::sum)));
            }
            samples.add(new DemandSample(run.dir().toString(), cpu / withCpu, perSecond));
        }
        return samples;
    }
}
