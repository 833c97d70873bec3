/**
 * The season calendar: the workload model's figures (volume, growth, calendar factors, service mix, reads and
 * documents per application, SLOs, profiles) read from {@code season-calendar.yaml}, and the pure arithmetic
 * that turns a profile into per-journey arrival rates per step and into neutral injection steps.
 *
 * <p>Everything here is immutable and free of Gatling, so the launcher and the capacity report can use it too.
 */
@NullMarked
package org.sevasurge.simulations.calendar;

import org.jspecify.annotations.NullMarked;
