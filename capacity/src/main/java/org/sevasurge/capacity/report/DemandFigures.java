package org.sevasurge.capacity.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sevasurge.capacity.demand.DemandFit;
import org.sevasurge.capacity.demand.DemandRegression;
import org.sevasurge.capacity.demand.DemandSample;
import org.sevasurge.capacity.demand.DemandSamples;
import org.sevasurge.capacity.demand.ServiceDemand;
import org.sevasurge.capacity.runs.LoadRunFolder;

/** The report's "where the time goes" section: the demand regression and the JMH results beside it. Stateless. */
final class DemandFigures {
    private DemandFigures() {}

    static DemandSection section(List<LoadRunFolder> runs, ReportInputs in) {
        List<DemandSample> samples = DemandSamples.of(runs);
        TreeSet<String> classes = new TreeSet<>();
        samples.forEach(s -> s.perSecond().forEach((request, rate) -> {
            if (rate > 0) {
                classes.add(request);
            }
        }));
        DemandFit fit = DemandRegression.fit(samples, new ArrayList<>(classes), DemandSamples.WINDOW_SECONDS);
        List<DemandSection.DemandRow> rows = new ArrayList<>();
        Map<String, Double> identified = new HashMap<>();
        for (ServiceDemand d : fit.demands()) {
            rows.add(new DemandSection.DemandRow(
                    d.request(),
                    finite(d.cpuMillis()),
                    finite(d.standardError() * 1000),
                    finite(d.varianceInflation()),
                    d.meanPerSecond(),
                    d.identifiable(),
                    d.reason()));
            if (d.identifiable()) {
                identified.put(d.request(), d.cpuMillis());
            }
        }
        Path bench = in.benchResults() != null ? in.benchResults() : BenchResults.newest(in.benchDir());
        List<DemandSection.BenchRow> benchmarks =
                bench == null ? List.of() : BenchResults.read(bench, in.documentsPerApplication(), identified);
        return new DemandSection(
                fit.samples(),
                fit.windowSeconds(),
                finite(fit.backgroundCores()),
                finite(fit.rSquared()),
                fit.problem(),
                runs.stream().map(r -> r.info().runId()).toList(),
                rows,
                bench == null ? null : bench.toString(),
                benchmarks);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
