package org.sevasurge.capacity.verdict;

import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.steps.JourneyRate;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StepMeasurement;
import org.sevasurge.capacity.steps.StepRules;

/**
 * The end-of-run summary for people ({@code summary.txt} and the console): offered against achieved rates per
 * journey, latency and errors per request against its SLO, the ledger, the injector's busiest window and the
 * verdict. Stateless.
 */
public final class SeasonSummary {
    private static final int MAX_SPANS = 5;

    private SeasonSummary() {}

    /**
     * @param verdict       the judged run
     * @param runDir        the run folder, for the last lines
     * @param gatlingReport Gatling's own report, or null
     * @return the summary text
     */
    public static String render(RunVerdict verdict, String runDir, @Nullable String gatlingReport) {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "Seva Surge run %s: %s %s, load %.1f s",
                verdict.info().runId(),
                verdict.info().kind(),
                verdict.info().profile(),
                verdict.info().totalSeconds());
        line(out, "");
        line(
                out,
                "%-24s %10s %10s %10s %8s %10s",
                "journey (per second)",
                "offered",
                "arrived",
                "achieved",
                "share",
                "skipped");
        for (JourneyRate j : verdict.journeys()) {
            line(
                    out,
                    "%-24s %10.2f %10.2f %10.2f %7.1f%% %10.2f%s",
                    j.journey(),
                    j.offered(),
                    j.arrived(),
                    j.achieved(),
                    100 * j.achievedShare(),
                    j.skipped(),
                    j.open() ? "" : "  (closed: follows response time)");
        }
        line(out, "");
        line(
                out,
                "%-26s %7s %6s %8s %8s %8s %8s  %-18s %s",
                "request (ms, own HdrHist)",
                "count",
                "err%",
                "p50",
                "p95",
                "p99",
                "max",
                "SLO p95/p99/err%",
                "verdict");
        for (RunVerdict.Judged judged : verdict.requests()) {
            RequestStats r = judged.stats();
            line(
                    out,
                    "%-26s %7d %6.2f %8.1f %8.1f %8.1f %8.1f  %-18s %s",
                    r.request(),
                    r.count(),
                    r.errorPercent(),
                    r.p50Millis(),
                    r.p95Millis(),
                    r.p99Millis(),
                    r.maxMillis(),
                    judged.slo() == null ? "-" : judged.slo().describe(),
                    !judged.measured() ? "no data" : judged.met() ? "met" : "BREACHED");
        }
        line(out, "");
        line(
                out,
                "ledger: %s",
                verdict.ledger() == null ? "NOT CHECKED" : verdict.ledger().describe());
        if (verdict.failureSpans().isEmpty()) {
            line(out, "failed requests (no response or 5xx): none");
        } else {
            line(out, "failed requests (no response or 5xx), by stretch of the run:");
            verdict.failureSpans().stream().limit(MAX_SPANS).forEach(span -> line(out, "  %s", span.describe()));
            if (verdict.failureSpans().size() > MAX_SPANS) {
                line(
                        out,
                        "  ... and %d more stretch(es)",
                        verdict.failureSpans().size() - MAX_SPANS);
            }
        }
        serviceCpu(out, verdict);
        StepMeasurement busiest = verdict.windows().stream()
                .max(Comparator.comparingDouble(w -> w.injector().meanCores()))
                .orElse(null);
        if (busiest != null) {
            line(
                    out,
                    "injector: busiest window %.0f-%.0f s at CPU %.2f (peak %.2f) core-equivalents; saturated above"
                            + " %.2f of its %.2f-core share",
                    busiest.fromSeconds(),
                    busiest.toSeconds(),
                    busiest.injector().meanCores(),
                    busiest.injector().peakCores(),
                    StepRules.SATURATED_SHARE,
                    busiest.injector().share());
        }
        line(out, "verdict: %s", verdict.line());
        line(out, "run folder: %s", runDir);
        line(out, "gatling report: %s", gatlingReport == null ? "not found" : gatlingReport);
        return out.toString();
    }

    /** The service's CPU over the run, per acknowledged application, and per route (the costliest first). */
    private static void serviceCpu(StringBuilder out, RunVerdict verdict) {
        ServiceCpu cpu = verdict.serviceCpu();
        double perApplication = verdict.serviceCpuMillisPerApplication();
        line(
                out,
                "service CPU: %.1f core-seconds (process)%s",
                cpu.processSeconds(),
                Double.isNaN(perApplication)
                        ? ""
                        : String.format(Locale.ROOT, ", %.1f ms per acknowledged application", perApplication));
        if (!cpu.measured()) {
            return;
        }
        line(out, "  %-48s %9s %9s %9s", "route (handling thread's CPU)", "requests", "ms each", "share");
        for (ServiceCpu.Route route : cpu.routes()) {
            line(
                    out,
                    "  %-48s %9d %9.2f %8.1f%%",
                    route.route(),
                    route.requests(),
                    route.millisPerRequest(),
                    share(route.seconds(), cpu.processSeconds()));
        }
        line(
                out,
                "  %-48s %9s %9s %8.1f%%",
                "the rest (I/O threads, GC, JIT, workers)",
                "",
                "",
                share(cpu.processSeconds() - cpu.handlerSeconds(), cpu.processSeconds()));
    }

    private static double share(double part, double whole) {
        return whole > 0 ? 100 * part / whole : 0;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
