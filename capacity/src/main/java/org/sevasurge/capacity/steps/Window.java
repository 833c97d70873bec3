package org.sevasurge.capacity.steps;

/**
 * A stretch of a run to measure: a plan step's steady part, or a slice of it. Immutable.
 *
 * @param index       the plan step it belongs to
 * @param level       the plan's knob there
 * @param fromSeconds start, run seconds
 * @param toSeconds   end, run seconds
 */
public record Window(int index, double level, double fromSeconds, double toSeconds) {}
