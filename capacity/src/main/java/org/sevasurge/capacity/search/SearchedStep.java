package org.sevasurge.capacity.search;

import org.sevasurge.capacity.steps.StepMeasurement;

/**
 * A measured step and the staircase it belongs to. Immutable.
 *
 * @param staircase the staircase's folder name within the search, e.g. {@code staircase-1}
 * @param step      the measurement
 */
public record SearchedStep(String staircase, StepMeasurement step) {}
