package org.sevasurge.simulations.calendar;

/**
 * A service-level objective for one request: latency percentiles in milliseconds and the largest share of
 * failed requests in percent. Immutable.
 *
 * @param p95Millis       95th percentile response time limit, milliseconds
 * @param p99Millis       99th percentile response time limit, milliseconds
 * @param maxErrorPercent largest share of failed requests, percent (0-100)
 */
public record Slo(int p95Millis, int p99Millis, double maxErrorPercent) {}
