/**
 * Fault profiles (healthy, slow, brownout, flaky, down, blackhole, dribble), the numbers behind
 * them, the board of which service runs under which profile now, and the per-request draw that
 * turns a profile into a delay, an error or a connection fault.
 */
@NullMarked
package org.sevasurge.mocks.faults;

import org.jspecify.annotations.NullMarked;
