package org.sevasurge.capacity.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the capacity report shows, as written to {@code report.json} (format {@value #SCHEMA} version
 * {@value #VERSION}). Rates per second, latencies in milliseconds, CPU in core-equivalents or CPU-milliseconds per
 * request, sizes in bytes, times in epoch milliseconds, dates ISO-8601. A figure that could not be measured is
 * null. Immutable.
 *
 * @param schema        {@value #SCHEMA}
 * @param schemaVersion {@value #VERSION}
 * @param generatedAt   ISO-8601 instant
 * @param title         e.g. {@code capacity search 20261201-...}
 * @param runs          the run folders read
 * @param injectors     load generators whose folders were merged (1: one)
 * @param verdict       the season verdict
 * @param run           the run's own verdict (PASS/FAIL, or a search's status) and its reasons
 * @param capacity      the capacity per instance and the sizing, or null without a capacity search
 * @param steps         every measured step
 * @param slos          each request's SLO (latency ms, errors %)
 * @param requests      each request over the whole run against its SLO (season runs; empty for searches)
 * @param usl           the Universal Scalability Law fit, or null
 * @param demand        where the time goes
 * @param storage       the storage runway
 * @param timeline      server, injector and statuses over time
 * @param ledger        the ack ledger's read-back, or null
 * @param resilience    the resilience scorecard given to the report, or null
 */
public record Report(
        String schema,
        int schemaVersion,
        String generatedAt,
        String title,
        List<RunRef> runs,
        int injectors,
        VerdictSection verdict,
        RunResult run,
        @Nullable CapacitySection capacity,
        List<StepRow> steps,
        java.util.Map<String, SloRow> slos,
        List<RequestRow> requests,
        @Nullable UslSection usl,
        DemandSection demand,
        StorageSection storage,
        Timeline timeline,
        @Nullable LedgerSection ledger,
        @Nullable ResilienceSection resilience) {
    public static final String SCHEMA = "sevasurge-report";
    public static final int VERSION = 1;

    public Report {
        runs = List.copyOf(runs);
        steps = List.copyOf(steps);
        slos = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(slos));
        requests = List.copyOf(requests);
    }

    /**
     * A run folder read. Immutable.
     *
     * @param runId       its id
     * @param kind        season, staircase or capacity
     * @param profile     its profile
     * @param folder      its path
     * @param gitRevision the revision that ran it, or null
     * @param startedAt   ISO-8601, or null
     */
    public record RunRef(
            String runId,
            String kind,
            String profile,
            String folder,
            @Nullable String gitRevision,
            @Nullable String startedAt) {}

    /**
     * The season verdict. Immutable.
     *
     * @param readiness {@code READY}, {@code AT_RISK} or {@code NOT_READY}
     * @param label     the same for people: {@code READY}, {@code AT RISK}, {@code NOT READY}
     * @param instances the instances it was judged for
     * @param line      one line with every reason
     * @param reasons   the reasons, worst first
     */
    public record VerdictSection(String readiness, String label, int instances, String line, List<ReasonRow> reasons) {
        public VerdictSection {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One reason. Immutable.
     *
     * @param code    the rule, e.g. {@code VOLUME_FLOOD}
     * @param sets    the verdict it sets
     * @param text    the sentence
     * @param figures the numbers behind it
     */
    public record ReasonRow(String code, String sets, String text, java.util.Map<String, Object> figures) {}

    /**
     * The run's own verdict. Immutable.
     *
     * @param verdict PASS or FAIL (a season run), or a search's status (FOUND, ABOVE_RANGE, ...)
     * @param line    the line it printed
     * @param reasons its reasons
     */
    public record RunResult(String verdict, String line, List<String> reasons) {
        public RunResult {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A request over the whole run. Immutable.
     *
     * @param request      the request
     * @param count        responses
     * @param errorPercent failed share, percent
     * @param p50Millis    median of successes
     * @param p95Millis    95th percentile
     * @param p99Millis    99th percentile
     * @param maxMillis    largest
     * @param slo          its SLO, or null
     * @param met          whether it met its SLO (true without one)
     */
    public record RequestRow(
            String request,
            long count,
            double errorPercent,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double maxMillis,
            @Nullable SloRow slo,
            boolean met) {}

    /**
     * An SLO. Immutable.
     *
     * @param p95Millis       95th percentile limit
     * @param p99Millis       99th percentile limit
     * @param maxErrorPercent largest error share
     */
    public record SloRow(double p95Millis, double p99Millis, double maxErrorPercent) {}

    /**
     * The ack ledger. Immutable.
     *
     * @param intact       nothing lost, changed, duplicated or unreadable
     * @param acknowledged 201s
     * @param readBack     read back
     * @param lost         lost
     * @param changed      changed
     * @param duplicated   duplicated
     * @param unreadable   unreadable
     * @param line         one line for people
     */
    public record LedgerSection(
            boolean intact,
            long acknowledged,
            long readBack,
            long lost,
            long changed,
            long duplicated,
            long unreadable,
            String line) {}
}
