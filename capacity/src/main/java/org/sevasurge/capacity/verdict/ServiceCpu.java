package org.sevasurge.capacity.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run cost the service in CPU, from its scrapes ({@code server-metrics.jsonl}): the process's CPU over the
 * run, and per route the requests its handling threads measured and the CPU they used. The service's counters
 * start at zero when it starts, so a counter that falls between two scrapes (a restart) counts its new value as
 * the increase. Immutable.
 *
 * @param processSeconds CPU seconds of the service's process between the first and the last scrape
 * @param routes         every route that served a request in the run, the costliest in all first
 */
public record ServiceCpu(double processSeconds, List<Route> routes) {

    public ServiceCpu {
        routes = List.copyOf(routes);
    }

    /**
     * One route's share.
     *
     * @param route    method and route template, e.g. {@code GET /api/v1/applications/{no}}
     * @param requests requests measured in the run
     * @param seconds  CPU seconds their handling threads used
     */
    public record Route(String route, long requests, double seconds) {
        /** @return CPU milliseconds per request */
        public double millisPerRequest() {
            return requests == 0 ? 0 : 1000 * seconds / requests;
        }
    }

    /** @return the CPU of the run in {@code serverMetrics} (scrapes that failed are skipped) */
    public static ServiceCpu of(List<JsonNode> serverMetrics) {
        double process = 0;
        double lastProcess = Double.NaN;
        Map<String, double[]> last = new TreeMap<>();
        Map<String, double[]> sum = new TreeMap<>();
        for (JsonNode scrape : serverMetrics) {
            JsonNode cpu = scrape.get("processCpuSeconds");
            if (cpu != null && cpu.isNumber()) {
                process += increase(lastProcess, cpu.asDouble());
                lastProcess = cpu.asDouble();
            }
            scrape.path("requestCpu").fields().forEachRemaining(entry -> {
                double[] now = {
                    entry.getValue().path("requests").asDouble(),
                    entry.getValue().path("seconds").asDouble()
                };
                double[] before = last.put(entry.getKey(), now);
                double[] total = sum.computeIfAbsent(entry.getKey(), k -> new double[2]);
                total[0] += increase(before == null ? Double.NaN : before[0], now[0]);
                total[1] += increase(before == null ? Double.NaN : before[1], now[1]);
            });
        }
        List<Route> routes = new ArrayList<>();
        sum.forEach((route, total) -> {
            if (total[0] > 0) {
                routes.add(new Route(route, Math.round(total[0]), total[1]));
            }
        });
        routes.sort(Comparator.comparingDouble(Route::seconds).reversed());
        return new ServiceCpu(process, routes);
    }

    /** From the first scrape on; a counter that fell was restarted from zero, so all of its value is new. */
    private static double increase(double before, double now) {
        if (Double.isNaN(before)) {
            return 0;
        }
        return now >= before ? now - before : now;
    }

    /** @return whether the scrapes had per-route figures (a service older than them has none) */
    public boolean measured() {
        return !routes.isEmpty();
    }

    /** @return CPU seconds of all routes' handling threads */
    public double handlerSeconds() {
        return routes.stream().mapToDouble(Route::seconds).sum();
    }

    /**
     * @param applications acknowledged applications of the run
     * @return the process's CPU milliseconds per acknowledged application, or NaN without any
     */
    public double millisPerApplication(long applications) {
        return applications <= 0 ? Double.NaN : 1000 * processSeconds / applications;
    }
}
