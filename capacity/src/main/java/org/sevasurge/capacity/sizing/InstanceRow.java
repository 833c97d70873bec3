package org.sevasurge.capacity.sizing;

/**
 * One row of a sizing table. Immutable.
 *
 * @param label              {@code N}, {@code N+1} or {@code N+2}
 * @param instances          how many instances
 * @param utilisation        peak rate / (instances x capacity per instance), 0..1+
 * @param waitingProbability Erlang C probability that a request waits for a busy instance at that count
 */
public record InstanceRow(String label, int instances, double utilisation, double waitingProbability) {}
