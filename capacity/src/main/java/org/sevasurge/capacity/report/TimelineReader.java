package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sevasurge.capacity.resilience.FaultWindow;
import org.sevasurge.capacity.runs.LoadRunFolder;

/**
 * The timeline of one or more load run folders (a search's staircases one after the other): the service's
 * resources, the injector's CPU and the responses by HTTP status, every second, averaged into buckets of
 * consecutive samples when there are more than {@link Timeline#MAX_POINTS}, and the faults each run recorded.
 * Stateless.
 */
final class TimelineReader {
    private TimelineReader() {}

    static Timeline of(List<LoadRunFolder> runs) {
        List<JsonNode> server = new ArrayList<>();
        List<JsonNode> injector = new ArrayList<>();
        List<JsonNode> responses = new ArrayList<>();
        for (LoadRunFolder run : runs) {
            server.addAll(run.serverMetrics());
            injector.addAll(run.injectorMetrics());
            responses.addAll(run.responses());
        }
        Comparator<JsonNode> byTime = Comparator.comparingLong(l -> LoadRunFolder.timeOf(l, "timeline"));
        server.sort(byTime);
        injector.sort(byTime);
        responses.sort(byTime);
        server.removeIf(l -> l.has("error"));
        TreeSet<String> statuses = new TreeSet<>(Comparator.comparingInt(Integer::parseInt));
        responses.forEach(l -> l.path("status")
                .fields()
                .forEachRemaining(r -> r.getValue().fieldNames().forEachRemaining(statuses::add)));
        Map<String, List<Double>> byStatus = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (String status : statuses) {
            byStatus.put(status, bucket(responses, line -> perSecond(line, status)));
        }
        return new Timeline(
                times(server),
                bucket(server, l -> cores(l)),
                bucket(server, l -> nullable(l, "heapUsedBytes", 1.0 / (1024 * 1024))),
                bucket(server, l -> nullable(l, "poolActive", 1)),
                bucket(server, l -> nullable(l, "inFlight", 1)),
                times(injector),
                bucket(injector, l -> nullable(l, "cpuCores", 1)),
                times(responses),
                byStatus,
                faults(runs));
    }

    private static List<Timeline.FaultBand> faults(List<LoadRunFolder> runs) {
        return runs.stream()
                .flatMap(run -> FaultWindow.of(run).stream())
                .sorted(Comparator.comparingLong(FaultWindow::startedAtMillis))
                .map(f -> new Timeline.FaultBand(f.describe(), f.startedAtMillis(), f.endedAtMillis()))
                .toList();
    }

    private static Double cores(JsonNode line) {
        return line.hasNonNull("processCpuUsage")
                ? line.get("processCpuUsage").asDouble() * line.path("cpuCount").asDouble(1)
                : null;
    }

    private static Double perSecond(JsonNode line, String status) {
        double sum = 0;
        for (JsonNode request : line.path("status")) {
            sum += request.path(status).asDouble(0);
        }
        double seconds = line.path("ms").asDouble(1000) / 1000;
        return seconds > 0 ? sum / seconds : sum;
    }

    private static Double nullable(JsonNode line, String field, double scale) {
        return line.hasNonNull(field) ? line.get(field).asDouble() * scale : null;
    }

    private static int bucketSize(int n) {
        return Math.max(1, (int) Math.ceil(n / (double) Timeline.MAX_POINTS));
    }

    private static List<Long> times(List<JsonNode> lines) {
        int size = bucketSize(lines.size());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += size) {
            int end = Math.min(lines.size(), i + size);
            times.add((LoadRunFolder.timeOf(lines.get(i), "timeline")
                            + LoadRunFolder.timeOf(lines.get(end - 1), "timeline"))
                    / 2);
        }
        return times;
    }

    private static List<Double> bucket(List<JsonNode> lines, Function<JsonNode, Double> value) {
        int size = bucketSize(lines.size());
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += size) {
            double sum = 0;
            int count = 0;
            for (int j = i; j < Math.min(lines.size(), i + size); j++) {
                Double v = value.apply(lines.get(j));
                if (v != null) {
                    sum += v;
                    count++;
                }
            }
            values.add(count == 0 ? null : Math.round(sum / count * 1000) / 1000.0);
        }
        return values;
    }
}
