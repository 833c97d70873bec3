package org.sevasurge.simulations.season;

import io.gatling.javaapi.core.Assertion;
import org.sevasurge.simulations.calendar.Profile;

import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.details;

/**
 * The profile's SLOs as Gatling assertions, so a breach fails the run (and the Maven build): p95 and p99 per
 * request and its error share; plus exactly one successful {@code ledger-check} request, which fails when any
 * acknowledged application was lost, changed, duplicated or unreadable.
 */
final class SloAssertions {
    static final String LEDGER_CHECK = "ledger-check";

    private SloAssertions() {
    }

    static List<Assertion> of(Profile profile, boolean ledgerChecked) {
        List<Assertion> assertions = new ArrayList<>();
        profile.slo().forEach((request, slo) -> {
            assertions.add(details(request.id()).responseTime().percentile(95.0).lte(slo.p95Millis()));
            assertions.add(details(request.id()).responseTime().percentile(99.0).lte(slo.p99Millis()));
            assertions.add(details(request.id()).failedRequests().percent().lte(slo.maxErrorPercent()));
        });
        if (ledgerChecked) {
            assertions.add(details(LEDGER_CHECK).allRequests().count().is(1L));
            assertions.add(details(LEDGER_CHECK).failedRequests().count().is(0L));
        }
        return assertions;
    }
}
