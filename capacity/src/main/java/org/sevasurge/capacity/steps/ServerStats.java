package org.sevasurge.capacity.steps;

/**
 * The service's resources within a window, from its {@code /metrics} scraped once a second. Means over the
 * successful scrapes; NaN where nothing was scraped. Immutable.
 *
 * @param cpuCores     process CPU in core-equivalents (process_cpu_usage x the service machine's CPU count)
 * @param heapBytes    mean JVM heap in use, bytes
 * @param maxHeapBytes largest heap in use, bytes
 * @param poolActive   mean active JDBC connections
 * @param inFlight     mean requests in flight
 * @param samples      successful scrapes
 * @param failures     failed scrapes (a crashed or overloaded service)
 */
public record ServerStats(
        double cpuCores,
        double heapBytes,
        double maxHeapBytes,
        double poolActive,
        double inFlight,
        int samples,
        int failures) {}
