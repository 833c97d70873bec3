package org.sevasurge.capacity.compare;

/**
 * One row of a comparison. Immutable.
 *
 * @param subject       a request name, or {@code capacity}
 * @param metric        e.g. {@code p99 ms}, {@code errors %}, {@code capacity/s}
 * @param base          the base run's figure (whole run; NaN if unknown)
 * @param next          the new run's figure
 * @param changePercent the decided change in percent (for latency: of the chunks' medians), NaN if none
 * @param pValue        the test's p-value (latency: one-sided, for a change beyond the threshold), NaN where none
 * @param change        the decision
 * @param evidence      what the decision rests on, e.g. {@code 24 vs 25 chunks of >= 40 responses}
 */
public record MetricChange(
        String subject,
        String metric,
        double base,
        double next,
        double changePercent,
        double pValue,
        Change change,
        String evidence) {}
