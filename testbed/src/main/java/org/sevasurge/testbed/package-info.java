/**
 * The testbed: brings the system under test up before a run and down after it, whatever happened in between.
 * {@link org.sevasurge.testbed.Testbed} is what a run sees (a base URL, the service's pid when it owns one);
 * {@link org.sevasurge.testbed.Testbeds} picks the implementation for a {@link org.sevasurge.testbed.TestbedMode};
 * {@link org.sevasurge.testbed.Main} is the command-line entry point used by {@code ./sevasurge}.
 */
@NullMarked
package org.sevasurge.testbed;

import org.jspecify.annotations.NullMarked;
