package org.sevasurge.simulations.report;

import org.sevasurge.simulations.ledger.LedgerVerdict;

import java.util.List;
import java.util.Locale;

/**
 * The end-of-run summary for people (stdout and {@code summary.txt}) and the verdicts it states. Immutable.
 *
 * <p>The injector counts as saturated when its mean CPU over the load exceeds {@link #SATURATED_CPU_SHARE} of
 * its core share, or when an open journey achieved less than {@link #MIN_ACHIEVED_SHARE} of its offered rate;
 * a saturated injector invalidates the run's numbers.
 *
 * @param runId          run id
 * @param profile        profile name
 * @param compression    the run's compression
 * @param rateFactor     the run's rate factor
 * @param loadSeconds    planned load length, seconds
 * @param journeys       offered against achieved rates
 * @param requests       latency and errors per request against its SLO
 * @param ledger         the ledger check (null if it did not run)
 * @param cpuMeanCores   injector's mean CPU during the load, core-equivalents
 * @param cpuPeakCores   injector's peak one-second CPU, core-equivalents
 * @param injectorCores  the injector's core share (e.g. 1.0 when it shares 2 cores with the service)
 * @param injectorCpuSeconds CPU seconds the injector JVM used during the load (start to drained; no ledger check)
 * @param recording      whether Seva Surge recorded (false: a bare-Gatling overhead baseline)
 * @param runDir         the run folder
 * @param gatlingReport  Gatling's report (index.html), or null if not found
 */
public record RunSummary(String runId, String profile, double compression, double rateFactor, double loadSeconds,
                         List<JourneyRate> journeys, List<SloVerdict> requests, LedgerVerdict ledger,
                         double cpuMeanCores, double cpuPeakCores, double injectorCores, double injectorCpuSeconds,
                         boolean recording, String runDir, String gatlingReport) {
    public static final double SATURATED_CPU_SHARE = 0.85;
    public static final double MIN_ACHIEVED_SHARE = 0.95;

    /** @return whether the injector's CPU or an open journey's shortfall shows it could not keep up */
    public boolean injectorSaturated() {
        return cpuMeanCores > SATURATED_CPU_SHARE * injectorCores || journeys.stream()
                .anyMatch(j -> !j.closed() && j.offeredPerSecond() > 0 && j.achievedShare() < MIN_ACHIEVED_SHARE);
    }

    /** @return whether every measured request met its SLO */
    public boolean slosMet() {
        return requests.stream().filter(SloVerdict::measured).allMatch(SloVerdict::met);
    }

    /** @return whether the ledger check ran and found nothing wrong */
    public boolean ledgerIntact() {
        return ledger != null && ledger.intact();
    }

    /** @return the summary text */
    public String render() {
        StringBuilder out = new StringBuilder();
        line(out, "Seva Surge run %s: profile %s, compression %s, rate factor %s, load %.1f s", runId, profile,
                trim(compression), trim(rateFactor), loadSeconds);
        line(out, "");
        line(out, "%-28s %10s %10s %8s %8s %6s", "journey (arrivals/s)", "offered", "achieved", "share", "skipped", "late");
        for (JourneyRate j : journeys) {
            line(out, "%-28s %10.2f %10.2f %7.1f%% %8d %6d%s", j.journey().id(), j.offeredPerSecond(),
                    j.achievedPerSecond(), 100 * j.achievedShare(), j.skipped(), j.late(),
                    j.closed() ? "  (closed: follows response time)" : "");
        }
        line(out, "");
        line(out, "%-26s %7s %6s %8s %8s %8s %8s  %-18s %s", "request (ms, own HdrHist)", "count", "err%", "p50", "p95",
                "p99", "max", "SLO p95/p99/err%", "verdict");
        for (SloVerdict r : requests) {
            line(out, "%-26s %7d %6.2f %8.1f %8.1f %8.1f %8.1f  %-18s %s", r.request(), r.count(), r.errorPercent(),
                    r.p50Millis(), r.p95Millis(), r.p99Millis(), r.maxMillis(),
                    r.slo().p95Millis() + "/" + r.slo().p99Millis() + "/" + trim(r.slo().maxErrorPercent()),
                    !r.measured() ? "no data" : r.met() ? "met" : "BREACHED");
        }
        line(out, "");
        line(out, "ledger: %s", ledger == null ? "NOT CHECKED" : ledger.describe()
                + String.format(Locale.ROOT, " in %.1f s", ledger.elapsedMillis() / 1000.0));
        line(out, "injector: CPU mean %.2f, peak %.2f core-equivalents (saturated above %.2f of a %.1f-core share) -> %s",
                cpuMeanCores, cpuPeakCores, SATURATED_CPU_SHARE, injectorCores,
                injectorSaturated() ? "SATURATED: this run's numbers are not valid" : "not saturated");
        line(out, "injector CPU time during the load: %.2f s", injectorCpuSeconds);
        line(out, "verdict: %s", verdict());
        line(out, "run folder: %s", runDir);
        line(out, "gatling report: %s", gatlingReport == null ? "not found" : gatlingReport);
        return out.toString();
    }

    /** @return one line: PASS, or FAIL with its reasons */
    public String verdict() {
        if (!recording) {
            return "BARE (recording off: a CPU baseline for the overhead comparison, nothing checked)";
        }
        StringBuilder reasons = new StringBuilder();
        if (!slosMet()) {
            reasons.append(" SLO breached;");
        }
        if (!ledgerIntact()) {
            reasons.append(ledger == null ? " ledger not checked;" : " ledger broken;");
        }
        if (injectorSaturated()) {
            reasons.append(" injector saturated (run invalid);");
        }
        return reasons.length() == 0 ? "PASS (SLOs met, ledger intact, injector not saturated)"
                : "FAIL:" + reasons.substring(0, reasons.length() - 1);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
