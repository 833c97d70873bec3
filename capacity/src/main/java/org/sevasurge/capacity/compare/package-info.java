/**
 * A gate between two runs of one plan: capacity, and each request's p95, p99 and error share, each change decided
 * beyond noise (latency on the recorded histograms, cut into chunks across the run and compared with a rank test;
 * errors with a two-proportion test), as a Markdown table and a verdict.
 */
@NullMarked
package org.sevasurge.capacity.compare;

import org.jspecify.annotations.NullMarked;
