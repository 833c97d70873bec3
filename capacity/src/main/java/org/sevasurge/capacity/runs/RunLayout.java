package org.sevasurge.capacity.runs;

/**
 * The files of a load run folder ({@code runs/<run-id>/}), format {@value #SCHEMA} version {@value #VERSION}.
 * The injector writes them, the analysis reads them; the names live here, beside the reader, so that a folder
 * written anywhere is read the same way. Every time in the folder is epoch milliseconds or an ISO-8601 instant;
 * "run seconds" count from {@code loadStartedAtMillis} in {@code run.json}.
 *
 * <pre>
 * run.json                 kind, profile, parameters, plan (steps, offered rates), journeys, SLOs, machine, result
 * latency/&lt;request&gt;.hlog   HdrHistogram interval logs, microseconds; untagged: successes, tag KO: failures
 * arrivals.jsonl           once a second: journey arrivals and skips (nothing to act on) in that second
 * responses.jsonl          once a second: responses per request and HTTP status (0 = no response)
 * server-metrics.jsonl     once a second: the service's CPU, heap, pool, in flight, storage (or an error)
 * injector-metrics.jsonl   once a second: the injector JVM's own CPU (core-equivalents) and heap
 * ledger.jsonl             every acknowledged submission (201)
 * ledger-check.json        the read-back of every acknowledged submission after the load
 * summary.txt              the verdict for people
 * control/stop             written by the orchestrator to end a staircase early; the injector polls for it
 * </pre>
 *
 * Several injectors' folders of one run merge: histograms add exactly, counts add, ledgers concatenate.
 */
public final class RunLayout {
    /** The value of {@code schema} in run.json. */
    public static final String SCHEMA = "sevasurge-run";
    /** The run.json format version this code writes and reads. */
    public static final int VERSION = 2;

    public static final String RUN_JSON = "run.json";
    public static final String LATENCY_DIR = "latency";
    public static final String HLOG_SUFFIX = ".hlog";
    public static final String ARRIVALS = "arrivals.jsonl";
    public static final String RESPONSES = "responses.jsonl";
    public static final String SERVER_METRICS = "server-metrics.jsonl";
    public static final String INJECTOR_METRICS = "injector-metrics.jsonl";
    public static final String LEDGER = "ledger.jsonl";
    public static final String LEDGER_CHECK = "ledger-check.json";
    /** The faults a resilience scenario caused, one JSON line each: what, planned and real start and end. */
    public static final String FAULTS = "faults.jsonl";
    /** Acknowledged submissions sent again with their Idempotency-Key after a resilience run, and the answers. */
    public static final String IDEMPOTENCY_PROBE = "idempotency-probe.json";
    /** The mocks' payment gateway after a resilience run: charges, and applications captured more than once. */
    public static final String PAYMENTS = "payments.json";

    public static final String SUMMARY = "summary.txt";
    public static final String STOP_FILE = "control/stop";
    /** The tag of failed-response intervals in the latency logs. */
    public static final String KO_TAG = "KO";

    /** Kinds of run folder: a season profile, one staircase of a capacity search, the search that holds them. */
    public static final String KIND_SEASON = "season";

    public static final String KIND_STAIRCASE = "staircase";
    public static final String KIND_CAPACITY = "capacity";

    private RunLayout() {}
}
