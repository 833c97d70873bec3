package org.sevasurge.capacity.demand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Request classes merged into one, named {@code a+b+c}, whose rate is the sum of its members': what the regression
 * estimates when members cannot be told apart (an officer's journey issues its queue view, field report and decision
 * one for one, so no data of that journey separates their demands, but their demand per response of any of them is
 * there to estimate). Pure.
 */
final class ClassGroups {
    private ClassGroups() {}

    /** @return the group's name: its members joined with {@code +} */
    static String name(List<String> group) {
        return String.join("+", group);
    }

    /** @return {@code samples} with one rate per group, the sum of its members' */
    static List<DemandSample> apply(List<DemandSample> samples, List<List<String>> groups) {
        List<DemandSample> grouped = new ArrayList<>();
        for (DemandSample sample : samples) {
            Map<String, Double> rates = new HashMap<>();
            for (List<String> group : groups) {
                rates.put(
                        name(group),
                        group.stream()
                                .mapToDouble(r -> sample.perSecond().getOrDefault(r, 0.0))
                                .sum());
            }
            grouped.add(new DemandSample(sample.source(), sample.cpuCores(), rates));
        }
        return grouped;
    }

    /** @return the index of the group whose rate correlates most with group {@code i}'s, or -1 with no other */
    static int mostCorrelated(List<DemandSample> samples, List<List<String>> groups, int i) {
        int best = -1;
        double bestR = Double.NEGATIVE_INFINITY;
        double[] x = rates(samples, name(groups.get(i)));
        for (int j = 0; j < groups.size(); j++) {
            if (j == i) {
                continue;
            }
            double r = samples.size() < 3
                    ? 0
                    : new PearsonsCorrelation().correlation(x, rates(samples, name(groups.get(j))));
            r = Double.isNaN(r) ? 0 : Math.abs(r);
            if (r > bestR) {
                bestR = r;
                best = j;
            }
        }
        return best;
    }

    private static double[] rates(List<DemandSample> samples, String name) {
        return samples.stream()
                .mapToDouble(s -> s.perSecond().getOrDefault(name, 0.0))
                .toArray();
    }
}
