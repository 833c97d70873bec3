package org.sevasurge.capacity.verdict;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.runs.RunInfo;
import org.sevasurge.capacity.runs.Slo;
import org.sevasurge.capacity.steps.JourneyRate;
import org.sevasurge.capacity.steps.RequestStats;
import org.sevasurge.capacity.steps.StepMeasurement;

/**
 * The verdict of a season run. Immutable.
 *
 * @param info      what run.json says of the run
 * @param requests  every request over the whole run, with its SLO (null if the run has none for it)
 * @param journeys  every journey over the plan's length: offered, arrived, achieved
 * @param windows   the run's windows (each step sliced to at most 20 s), for the injector verdict
 * @param ledger    the ledger read-back, or null if it did not run
 * @param failureSpans when requests failed (no response or 5xx): an outage shows as one stretch
 * @param serviceCpu what the run cost the service in CPU, in all and per route
 * @param reasons   why the run failed (empty: it passed)
 */
public record RunVerdict(
        RunInfo info,
        @Nullable List<Judged> requests,
        List<JourneyRate> journeys,
        List<StepMeasurement> windows,
        @Nullable LedgerResult ledger,
        List<FailureSpans.Span> failureSpans,
        ServiceCpu serviceCpu,
        List<String> reasons) {

    public RunVerdict {
        requests = List.copyOf(requests);
        journeys = List.copyOf(journeys);
        windows = List.copyOf(windows);
        failureSpans = List.copyOf(failureSpans);
        reasons = List.copyOf(reasons);
    }

    /**
     * A request over the whole run against its SLO. Immutable.
     *
     * @param stats the measurement
     * @param slo   the objective, or null
     */
    public record Judged(RequestStats stats, @Nullable Slo slo) {
        /** @return whether the request had responses (a request without any has no verdict) */
        public boolean measured() {
            return stats.count() > 0;
        }

        /** @return whether p95, p99 and the error share are within the SLO (true without an SLO) */
        public boolean met() {
            return slo == null
                    || (stats.p95Millis() <= slo.p95Millis()
                            && stats.p99Millis() <= slo.p99Millis()
                            && stats.errorPercent() <= slo.maxErrorPercent());
        }
    }

    /** @return the service's CPU milliseconds per acknowledged application, or NaN without a ledger or a 201 */
    public double serviceCpuMillisPerApplication() {
        return ledger == null ? Double.NaN : serviceCpu.millisPerApplication(ledger.acknowledged());
    }

    /** @return whether the run passed */
    public boolean passed() {
        return reasons.isEmpty();
    }

    /** @return the process exit status the verdict sets: 0 pass, 1 fail */
    public int exitCode() {
        return passed() ? 0 : 1;
    }

    /** @return one line: PASS, or FAIL with its reasons */
    public String line() {
        return passed()
                ? "PASS (SLOs met, ledger intact, injector not saturated)"
                : "FAIL: " + String.join("; ", reasons);
    }
}
