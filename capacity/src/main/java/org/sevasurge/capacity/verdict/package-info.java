/**
 * The one verdict of a season run, judged after the load on Seva Surge's own recordings: every request against
 * its SLO (HdrHistogram, microseconds), the ack ledger read back, and the injector's saturation per window of the
 * run. It sets the exit status and is written into {@code run.json} and {@code summary.txt}.
 */
@NullMarked
package org.sevasurge.capacity.verdict;

import org.jspecify.annotations.NullMarked;
