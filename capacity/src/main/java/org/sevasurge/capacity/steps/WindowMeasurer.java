package org.sevasurge.capacity.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sevasurge.capacity.laws.OperationalLaws;
import org.sevasurge.capacity.runs.JourneySpec;
import org.sevasurge.capacity.runs.LatencyLogs;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.PlanStep;
import org.sevasurge.capacity.runs.RunInfo;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.TimeRange;

/**
 * Measures windows of one run folder: reads each recording once for all windows, then computes every
 * {@link StepMeasurement} and judges it with {@link StepRules}. Stateless.
 */
public final class WindowMeasurer {
    private WindowMeasurer() {}

    /** @return one measurement per window, in order */
    public static List<StepMeasurement> measure(LoadRunFolder run, List<Window> windows) {
        RunInfo info = run.info();
        List<TimeRange> ranges = windows.stream()
                .map(w -> new TimeRange(
                        info.loadStartedAtMillis() + Math.round(w.fromSeconds() * 1000),
                        info.loadStartedAtMillis() + Math.round(w.toSeconds() * 1000)))
                .toList();
        Map<String, List<LatencyLogs.OkKo>> latency = new LinkedHashMap<>();
        for (String request : run.latencyRequests()) {
            latency.put(request, run.latency(request, ranges));
        }
        List<JsonNode> arrivals = run.arrivals();
        List<JsonNode> responses = run.responses();
        List<JsonNode> server = run.serverMetrics();
        List<JsonNode> injector = run.injectorMetrics();
        List<StepMeasurement> measurements = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            TimeRange range = ranges.get(i);
            List<RequestStats> requests = new ArrayList<>();
            Map<String, Map<Integer, Long>> statuses =
                    StatusCounts.weighted(LoadRunFolder.within(responses, range, RunLayout.RESPONSES));
            for (var entry : latency.entrySet()) {
                requests.add(RequestStats.of(
                        entry.getKey(), entry.getValue().get(i), statuses.getOrDefault(entry.getKey(), Map.of())));
            }
            List<JourneyRate> journeys =
                    journeys(info, window, range, requests, LoadRunFolder.within(arrivals, range, RunLayout.ARRIVALS));
            ServerStats serverStats =
                    ResourceStats.server(LoadRunFolder.within(server, range, RunLayout.SERVER_METRICS));
            InjectorStats injectorStats = ResourceStats.injector(
                    LoadRunFolder.within(injector, range, RunLayout.INJECTOR_METRICS), info.injectorCores());
            measurements.add(measurement(info, window, range, requests, journeys, serverStats, injectorStats));
        }
        return measurements;
    }

    private static StepMeasurement measurement(
            RunInfo info,
            Window window,
            TimeRange range,
            List<RequestStats> requests,
            List<JourneyRate> journeys,
            ServerStats server,
            InjectorStats injector) {
        double responses =
                requests.stream().mapToDouble(RequestStats::responses).sum();
        double throughput = responses / range.seconds();
        long timed = requests.stream().mapToLong(RequestStats::count).sum();
        double meanSeconds = timed == 0
                ? 0
                : requests.stream().mapToDouble(r -> r.meanMillis() * r.count()).sum() / timed / 1000.0;
        double achievedLevel = journeys.isEmpty() ? 0 : journeys.get(0).achieved();
        return new StepMeasurement(
                window.index(),
                window.level(),
                window.fromSeconds(),
                window.toSeconds(),
                requests,
                journeys,
                server,
                injector,
                throughput,
                OperationalLaws.concurrency(throughput, meanSeconds),
                OperationalLaws.serviceDemandSeconds(server.cpuCores(), throughput),
                achievedLevel,
                StepRules.judge(requests, journeys, injector, info.slos(), range.seconds()));
    }

    private static List<JourneyRate> journeys(
            RunInfo info,
            Window window,
            TimeRange range,
            List<RequestStats> requests,
            List<LoadRunFolder.Weighted> arrivalLines) {
        Map<String, Double> arrived = new HashMap<>();
        Map<String, Double> skipped = new HashMap<>();
        for (LoadRunFolder.Weighted weighted : arrivalLines) {
            weighted.line()
                    .path("arrived")
                    .fields()
                    .forEachRemaining(
                            e -> arrived.merge(e.getKey(), e.getValue().asDouble() * weighted.weight(), Double::sum));
            weighted.line()
                    .path("skipped")
                    .fields()
                    .forEachRemaining(
                            e -> skipped.merge(e.getKey(), e.getValue().asDouble() * weighted.weight(), Double::sum));
        }
        double seconds = range.seconds();
        List<JourneyRate> rates = new ArrayList<>();
        for (JourneySpec journey : info.journeys()) {
            double offered = offered(info, journey.id(), window);
            double successes = requests.stream()
                    .filter(r -> r.request().equals(journey.primaryRequest()))
                    .mapToDouble(RequestStats::successes)
                    .sum();
            rates.add(new JourneyRate(
                    journey.id(),
                    journey.open(),
                    offered,
                    arrived.getOrDefault(journey.id(), 0.0) / seconds,
                    skipped.getOrDefault(journey.id(), 0.0) / seconds,
                    successes / seconds));
        }
        return rates;
    }

    /** The plan's mean offered rate over the window, weighting each overlapping step by its overlap. */
    private static double offered(RunInfo info, String journey, Window window) {
        double weighted = 0;
        double covered = 0;
        for (PlanStep step : info.steps()) {
            double from = Math.max(window.fromSeconds(), step.startSeconds());
            double to = Math.min(window.toSeconds(), step.endSeconds());
            if (to > from) {
                weighted += step.offered(journey, from, to) * (to - from);
                covered += to - from;
            }
        }
        return covered == 0 ? 0 : weighted / covered;
    }
}
