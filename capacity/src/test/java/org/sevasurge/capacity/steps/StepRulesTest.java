package org.sevasurge.capacity.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sevasurge.capacity.runs.Slo;

class StepRulesTest {
    private static final Map<String, Slo> SLO = Map.of("status", new Slo(25, 50, 0.1), "submit", new Slo(300, 500, 1));
    private static final Map<String, InjectorStats> INJECTOR = Map.of(
            "idle", new InjectorStats(0.3, 0.5, 1.0, 10),
            "saturated", new InjectorStats(0.9, 1.0, 1.0, 10));

    /**
     * A row is one step: the status request's latencies (ms), count and errors (503s), blank when the step has no
     * requests; one journey's rates (/s); the injector; the measured window (s, 0 for no allowance at its edges);
     * and the verdict with its limiting reason (blank for a pass).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # behaviour                                                      |p95|p99|count|err|journey |open |offered|arrived|skip|achieved|injector |window|outcome     |limit
            a step within every SLO whose rates kept up passes               | 20| 40| 1000| 0 |status  |true |  100  |  100  | 0  |  100   |idle     |  0   |PASS        |
            a p95 breach fails                                               |212| 40| 1000| 0 |status  |true |  100  |  100  | 0  |  100   |idle     |  0   |FAIL        |status p95 212 ms > 25 ms
            a p99 breach fails                                               | 20| 70| 1000| 0 |status  |true |  100  |  100  | 0  |  100   |idle     |  0   |FAIL        |status p99 70 ms > 50 ms
            an error share above the SLO fails naming the statuses           | 20| 40| 1000| 5 |status  |true |  100  |  100  | 0  |  99.5  |idle     |  0   |FAIL        |status errors 0.50 % > 0.1 % (503 x5)
            an achieved rate below 95 % of arrivals fails                    | 20| 40|  900| 0 |status  |true |  100  |  100  | 0  |  90    |idle     |  0   |FAIL        |status achieved 90.0/s < 95 % of 100.0/s offered
            a saturated injector makes the step inconclusive even if it fails|212|400| 1000| 0 |status  |true |  100  |  100  | 0  |  100   |saturated|  0   |INCONCLUSIVE|injector saturated: CPU 0.90 cores > 0.85 of its 1.00-core share
            an injector behind its schedule makes the step inconclusive      | 20| 40|  880| 0 |status  |true |  100  |  88   | 0  |  88    |idle     |  0   |INCONCLUSIVE|injector behind schedule: status arrivals 88.0/s < 95 % of 100.0/s offered
            # 1 arrival/s offered over 10 s: 9 arrivals is 90 %, but one arrival straddles the window's edge
            one arrival short at the edge of a window is not a shortfall     |   |   |     |   |status  |true |  1.0  |  0.9  | 0  |  0.9   |idle     |  10  |PASS        |
            two arrivals short at the edge of a window are a shortfall       |   |   |     |   |status  |true |  1.0  |  0.8  | 0  |  0.8   |idle     |  10  |INCONCLUSIVE|injector behind schedule: status arrivals 0.8/s < 95 % of 1.0/s offered
            # arrivals 96 % of offered (the injector kept up), completions 96 % of arrivals: 92 % of what was offered
            achieved is judged against the offered rate, not only arrivals   | 20| 40|  922| 0 |status  |true |  100  |  96   | 0  |  92.2  |idle     |  0   |FAIL        |status achieved 92.2/s < 95 % of 100.0/s offered
            a closed journey that falls short is not the injector's fault    |   |   |     |   |submit  |false|  10   |  6    | 0  |  6     |idle     |  0   |PASS        |
            arrivals that found nothing to do are not missed completions     |   |   |     |   |download|true |  10   |  10   | 4  |  6     |idle     |  0   |PASS        |
            """)
    void aStepIsJudgedByItsSlosItsRatesAndItsInjector(
            String behaviour,
            @Nullable Double p95,
            @Nullable Double p99,
            @Nullable Long count,
            @Nullable Long errors,
            String journey,
            boolean open,
            double offered,
            double arrived,
            double skipped,
            double achieved,
            String injector,
            double windowSeconds,
            Outcome outcome,
            @Nullable String limit) {
        List<RequestStats> requests = count == null ? List.of() : List.of(status(p95, p99, count, errors));
        JourneyRate rate = new JourneyRate(journey, open, offered, arrived, skipped, achieved);

        StepVerdict verdict = StepRules.judge(requests, List.of(rate), INJECTOR.get(injector), SLO, windowSeconds);

        assertThat(verdict.outcome())
                .as("outcome; reasons %s", verdict.reasons())
                .isEqualTo(outcome);
        assertThat(verdict.limit()).as("the limiting reason").isEqualTo(limit == null ? "" : limit);
        assertThat(verdict.reasons().isEmpty())
                .as("a verdict has reasons exactly when it is not a pass: %s", verdict.reasons())
                .isEqualTo(outcome == Outcome.PASS);
    }

    private static RequestStats status(double p95, double p99, long count, long errors) {
        return new RequestStats(
                "status",
                count,
                errors,
                5,
                p95,
                p99,
                p99,
                8,
                Map.of(200, count - errors, 503, errors),
                count,
                count - errors);
    }
}
