/**
 * Recording that does not depend on Gatling's version: a run folder with {@code run.json}, per-request
 * HdrHistogram interval logs ({@code latency/<request>.hlog}, microseconds), the ack ledger
 * ({@code ledger.jsonl}), the service's metrics scraped every second ({@code server-metrics.jsonl}) and the
 * injector's own CPU ({@code injector-metrics.jsonl}).
 *
 * <p>Hot paths (a latency sample, a ledger line) are wait-free or a short lock and allocate little; files are
 * written by one background thread once a second.
 */
@NullMarked
package org.sevasurge.simulations.recording;

import org.jspecify.annotations.NullMarked;
