package org.sevasurge.capacity.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sevasurge.capacity.runs.LoadRunFolder;

/** Averages the once-a-second resource samples of a window. Stateless. */
final class ResourceStats {
    private ResourceStats() {}

    static ServerStats server(List<LoadRunFolder.Weighted> weighted) {
        List<JsonNode> samples =
                weighted.stream().map(LoadRunFolder.Weighted::line).toList();
        double cpu = 0;
        double heap = 0;
        double maxHeap = Double.NaN;
        double pool = 0;
        double inFlight = 0;
        int ok = 0;
        int failed = 0;
        int withCpu = 0;
        for (JsonNode sample : samples) {
            if (sample.has("error")) {
                failed++;
                continue;
            }
            ok++;
            if (sample.hasNonNull("processCpuUsage")) {
                // process_cpu_usage is a share of the whole machine: times its CPU count gives cores.
                cpu += sample.get("processCpuUsage").asDouble()
                        * sample.path("cpuCount").asDouble(1);
                withCpu++;
            }
            double h = sample.path("heapUsedBytes").asDouble(Double.NaN);
            heap += Double.isNaN(h) ? 0 : h;
            maxHeap = Double.isNaN(maxHeap) ? h : Math.max(maxHeap, h);
            pool += sample.path("poolActive").asDouble(0);
            inFlight += sample.path("inFlight").asDouble(0);
        }
        return new ServerStats(
                withCpu == 0 ? Double.NaN : cpu / withCpu,
                ok == 0 ? Double.NaN : heap / ok,
                maxHeap,
                ok == 0 ? Double.NaN : pool / ok,
                ok == 0 ? Double.NaN : inFlight / ok,
                ok,
                failed);
    }

    static InjectorStats injector(List<LoadRunFolder.Weighted> weighted, double share) {
        List<JsonNode> samples =
                weighted.stream().map(LoadRunFolder.Weighted::line).toList();
        double sum = 0;
        double peak = 0;
        for (JsonNode sample : samples) {
            double cores = sample.path("cpuCores").asDouble(0);
            sum += cores;
            peak = Math.max(peak, cores);
        }
        return new InjectorStats(samples.isEmpty() ? 0 : sum / samples.size(), peak, share, samples.size());
    }
}
