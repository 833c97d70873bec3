package org.sevasurge.simulations.recording;

import java.util.Map;
import java.util.TreeMap;

/**
 * The service metrics Seva Surge keeps from one scrape of {@code /metrics} (Prometheus text). Values missing
 * from the scrape are {@code NaN}. Immutable.
 *
 * @param processCpuUsage     the service's process CPU, share of the machine (0..1)
 * @param heapUsedBytes       JVM heap in use, bytes (sum of heap pools)
 * @param poolActive          active JDBC connections
 * @param inFlight            requests being served
 * @param storageFreeBytes    free bytes per watched volume (documents, database)
 * @param storageTotalBytes   size of each watched volume, bytes (with the free bytes: the volume's use, for the
 *                            storage runway)
 * @param cpuCount            CPUs of the service's machine ({@code system_cpu_count}), to turn the CPU share
 *                            into cores
 * @param documentBytesWritten bytes the service has written to its document volume since it started
 * @param databaseSizeBytes   the size of the service's database, bytes
 * @param processCpuSeconds   CPU the service's process has used since it started, seconds (the difference of two
 *                            samples is the CPU of the time between them)
 * @param passwordChecks      password hashes the service has checked since it started (one per login attempt)
 * @param passwordCheckSeconds time those checks took, seconds: with {@code processCpuSeconds}, the logins' share of
 *                            the service's CPU
 * @param waiting             requests waiting for an admission permit (a queue: 0 unless the bound is broken)
 * @param heapMaxBytes        the most heap the JVM may use, bytes (sum of the heap pools' limits)
 * @param requestCpu          per route ({@code "GET /api/v1/applications/{no}"}), the requests measured and the
 *                            CPU their handling threads used, since the service started
 */
public record ServerSample(
        double processCpuUsage,
        double heapUsedBytes,
        double poolActive,
        double inFlight,
        Map<String, Double> storageFreeBytes,
        Map<String, Double> storageTotalBytes,
        double cpuCount,
        double documentBytesWritten,
        double databaseSizeBytes,
        double processCpuSeconds,
        double passwordChecks,
        double passwordCheckSeconds,
        double waiting,
        double heapMaxBytes,
        Map<String, RouteCpu> requestCpu) {

    /**
     * What one route's requests have cost their handling threads since the service started.
     *
     * @param requests requests measured
     * @param seconds  CPU seconds they used
     */
    public record RouteCpu(double requests, double seconds) {}

    /** @return the sample in a Prometheus text exposition (comments and unknown metrics ignored) */
    public static ServerSample parse(String text) {
        double cpu = Double.NaN;
        double heap = Double.NaN;
        double pool = Double.NaN;
        double inFlight = Double.NaN;
        double cpuCount = Double.NaN;
        double documentBytes = Double.NaN;
        double databaseBytes = Double.NaN;
        double cpuSeconds = Double.NaN;
        double passwordChecks = Double.NaN;
        double passwordSeconds = Double.NaN;
        double waiting = Double.NaN;
        double heapMax = Double.NaN;
        Map<String, Double> storage = new TreeMap<>();
        Map<String, Double> storageTotal = new TreeMap<>();
        Map<String, Double> cpuRequests = new TreeMap<>();
        Map<String, Double> routeCpuSeconds = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = line.substring(0, brace >= 0 && brace < space ? brace : line.indexOf(' '));
            String labels = brace >= 0 && brace < space ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
            double value;
            try {
                value = Double.parseDouble(line.substring(space + 1).trim());
            } catch (NumberFormatException e) {
                continue;
            }
            switch (name) {
                case "process_cpu_usage" -> cpu = value;
                case "hikaricp_connections_active" -> pool = Double.isNaN(pool) ? value : pool + value;
                case "sevasurge_requests_in_flight" -> inFlight = value;
                case "system_cpu_count" -> cpuCount = value;
                case "sevasurge_documents_written_bytes_total" -> documentBytes = value;
                case "sevasurge_database_size_bytes" -> databaseBytes = value;
                case "process_cpu_time_ns_total" -> cpuSeconds = value / 1e9;
                case "sevasurge_auth_password_verify_seconds_count" -> passwordChecks = value;
                case "sevasurge_auth_password_verify_seconds_sum" -> passwordSeconds = value;
                case "jvm_memory_used_bytes" -> {
                    if (labels.contains("area=\"heap\"")) {
                        heap = Double.isNaN(heap) ? value : heap + value;
                    }
                }
                case "sevasurge_requests_waiting" -> waiting = value;
                case "jvm_memory_max_bytes" -> {
                    // A pool without a limit says -1; the old generation's limit is the heap's.
                    if (labels.contains("area=\"heap\"") && value > 0) {
                        heapMax = Double.isNaN(heapMax) ? value : heapMax + value;
                    }
                }
                case "sevasurge_storage_free_bytes" -> storage.put(label(labels, "volume"), value);
                case "sevasurge_storage_total_bytes" -> storageTotal.put(label(labels, "volume"), value);
                case "sevasurge_request_cpu_seconds_count" -> cpuRequests.put(route(labels), value);
                case "sevasurge_request_cpu_seconds_sum" -> routeCpuSeconds.put(route(labels), value);
                default -> {}
            }
        }
        return new ServerSample(
                cpu,
                heap,
                pool,
                inFlight,
                storage,
                storageTotal,
                cpuCount,
                documentBytes,
                databaseBytes,
                cpuSeconds,
                passwordChecks,
                passwordSeconds,
                waiting,
                heapMax,
                routeCpu(cpuRequests, routeCpuSeconds));
    }

    private static String route(String labels) {
        return label(labels, "method") + " " + label(labels, "route");
    }

    private static Map<String, RouteCpu> routeCpu(Map<String, Double> requests, Map<String, Double> seconds) {
        Map<String, RouteCpu> routes = new TreeMap<>();
        requests.forEach((route, n) -> {
            Double used = seconds.get(route);
            if (used != null) {
                routes.put(route, new RouteCpu(n, used));
            }
        });
        return routes;
    }

    private static String label(String labels, String key) {
        int at = labels.indexOf(key + "=\"");
        if (at < 0) {
            return "unknown";
        }
        int start = at + key.length() + 2;
        return labels.substring(start, labels.indexOf('"', start));
    }
}
