package org.sevasurge.capacity.demand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares of the service's CPU on the request throughputs of many windows, with an intercept for the
 * CPU that does not follow requests: {@code U = U0 + sum of D_i X_i}. In a season-mix staircase every request's
 * rate rises together, so the steps alone cannot separate the classes (their throughputs are collinear); short
 * windows add the independent Poisson noise of each class's arrivals, and single-journey searches add classes
 * that move alone. Whether that was enough is checked per class, never assumed: a class is identifiable when
 * <ul>
 * <li>its throughput varied (not constant or absent), and</li>
 * <li>its estimate is positive and its standard error at most {@value #MAX_RELATIVE_ERROR} of it.</li>
 * </ul>
 * The standard error already carries the collinearity: a class whose rate moves with another's has its variance
 * inflated by its VIF ({@code 1 / (1 - R²)} of its rate on the others'), reported beside it; when a class fails the
 * test with a VIF above {@value #MAX_VIF}, the reason names the class it moves with.
 * Pure and thread-safe.
 */
public final class DemandRegression {
    /** Above this variance inflation factor a class moves with the others (the usual rule of thumb is 10). */
    public static final double MAX_VIF = 10;
    /** Largest standard error, relative to the estimate, of an identifiable demand. */
    public static final double MAX_RELATIVE_ERROR = 0.25;
    /** Fewest windows per coefficient. */
    public static final int MIN_SAMPLES_PER_COEFFICIENT = 5;

    private DemandRegression() {}

    /**
     * @param samples       the windows
     * @param classes       the request classes to estimate
     * @param windowSeconds the windows' length, for the record
     * @return the estimates
     */
    public static DemandFit fit(List<DemandSample> samples, List<String> classes, double windowSeconds) {
        List<List<String>> groups = new ArrayList<>();
        classes.forEach(c -> groups.add(new ArrayList<>(List.of(c))));
        DemandFit fit = fitOnce(ClassGroups.apply(samples, groups), names(groups), windowSeconds);
        // A class that moves with another cannot be told apart from it: estimate them together, per response of
        // either, and try again, until no class fails for that reason.
        for (int round = 0; round < classes.size() && fit.problem() == null; round++) {
            ServiceDemand worst = fit.demands().stream()
                    .filter(d -> !d.identifiable() && !(d.varianceInflation() <= MAX_VIF))
                    .filter(d -> !Double.isNaN(d.varianceInflation()))
                    .max(Comparator.comparingDouble(ServiceDemand::varianceInflation))
                    .orElse(null);
            if (worst == null) {
                break;
            }
            int i = names(groups).indexOf(worst.request());
            List<DemandSample> grouped = ClassGroups.apply(samples, groups);
            int partner = ClassGroups.mostCorrelated(grouped, groups, i);
            if (partner < 0) {
                break;
            }
            groups.get(Math.min(i, partner)).addAll(groups.get(Math.max(i, partner)));
            groups.remove(Math.max(i, partner));
            fit = fitOnce(ClassGroups.apply(samples, groups), names(groups), windowSeconds);
        }
        return fit;
    }

    private static List<String> names(List<List<String>> groups) {
        return groups.stream().map(ClassGroups::name).toList();
    }

    /** One least-squares fit of {@code classes}, none merged. */
    static DemandFit fitOnce(List<DemandSample> samples, List<String> classes, double windowSeconds) {
        List<String> varying = new ArrayList<>();
        List<ServiceDemand> fixed = new ArrayList<>();
        for (String request : classes) {
            double[] x = column(samples, request);
            if (variance(x) <= 1e-12) {
                fixed.add(new ServiceDemand(
                        request,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        mean(x),
                        false,
                        mean(x) == 0
                                ? "not identifiable: no responses in the windows"
                                : "not identifiable: its rate did not vary"));
            } else {
                varying.add(request);
            }
        }
        int n = samples.size();
        int coefficients = varying.size()
                + (int) samples.stream().map(DemandSample::source).distinct().count();
        if (varying.isEmpty() || n < MIN_SAMPLES_PER_COEFFICIENT * coefficients) {
            return new DemandFit(
                    n,
                    windowSeconds,
                    Double.NaN,
                    Double.NaN,
                    fixed,
                    String.format(
                            Locale.ROOT,
                            "%d windows for %d request classes: at least %d per coefficient are needed",
                            n,
                            varying.size(),
                            MIN_SAMPLES_PER_COEFFICIENT));
        }
        double[] y = samples.stream().mapToDouble(DemandSample::cpuCores).toArray();
        List<String> sources =
                samples.stream().map(DemandSample::source).distinct().toList();
        double[][] x = matrix(samples, varying, sources);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta;
        double[] errors;
        double rSquared;
        try {
            beta = ols.estimateRegressionParameters();
            errors = ols.estimateRegressionParametersStandardErrors();
            rSquared = ols.calculateRSquared();
        } catch (SingularMatrixException e) {
            List<ServiceDemand> all = new ArrayList<>(fixed);
            for (String request : varying) {
                all.add(new ServiceDemand(
                        request,
                        Double.NaN,
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        mean(column(samples, request)),
                        false,
                        "not identifiable: its rate is an exact combination of the others'"));
            }
            return new DemandFit(n, windowSeconds, Double.NaN, Double.NaN, all, null);
        }
        List<ServiceDemand> demands = new ArrayList<>();
        for (int i = 0; i < varying.size(); i++) {
            double vif = Collinearity.varianceInflation(x, i);
            double estimate = beta[i + 1];
            double error = errors[i + 1];
            demands.add(new ServiceDemand(
                    varying.get(i),
                    estimate,
                    error,
                    vif,
                    mean(column(samples, varying.get(i))),
                    reason(vif, estimate, error, varying, x, i).isEmpty(),
                    reason(vif, estimate, error, varying, x, i)));
        }
        demands.sort(Comparator.comparing((ServiceDemand d) -> !d.identifiable())
                .thenComparing(Comparator.comparingDouble(ServiceDemand::cpuSecondsPerRequest)
                        .reversed()));
        demands.addAll(fixed);
        return new DemandFit(
                n, windowSeconds, background(beta, samples, sources, varying.size()), rSquared, demands, null);
    }

    private static String reason(double vif, double estimate, double error, List<String> names, double[][] x, int i) {
        if (estimate > 0 && error <= MAX_RELATIVE_ERROR * estimate) {
            return "";
        }
        String with = names.size() < 2
                ? "the runs' own background"
                : names.get(Collinearity.mostCorrelated(x, i, names.size())) + "'s";
        String why = vif > MAX_VIF
                ? String.format(
                        Locale.ROOT,
                        "its rate moves with %s (variance inflation %.0f"
                                + " > %.0f); add windows where it varies alone, e.g. a single-journey search",
                        with,
                        vif,
                        MAX_VIF)
                : "more or longer windows needed";
        return String.format(
                Locale.ROOT,
                "not identifiable: estimate %.3f ms with a standard error of %.3f ms: %s",
                estimate * 1000,
                error * 1000,
                why);
    }

    /** The classes' rates, then one 0/1 column per run after the first: each run its own background CPU. */
    private static double[][] matrix(List<DemandSample> samples, List<String> classes, List<String> sources) {
        int k = classes.size();
        double[][] x = new double[samples.size()][k + sources.size() - 1];
        for (int r = 0; r < samples.size(); r++) {
            for (int c = 0; c < k; c++) {
                x[r][c] = samples.get(r).perSecond().getOrDefault(classes.get(c), 0.0);
            }
            int source = sources.indexOf(samples.get(r).source());
            if (source > 0) {
                x[r][k + source - 1] = 1;
            }
        }
        return x;
    }

    /** The background CPU averaged over the windows: the intercept plus each run's own offset. */
    private static double background(double[] beta, List<DemandSample> samples, List<String> sources, int classes) {
        double sum = 0;
        for (DemandSample sample : samples) {
            int source = sources.indexOf(sample.source());
            sum += beta[0] + (source > 0 ? beta[1 + classes + source - 1] : 0);
        }
        return sum / samples.size();
    }

    private static double[] column(List<DemandSample> samples, String request) {
        return samples.stream()
                .mapToDouble(s -> s.perSecond().getOrDefault(request, 0.0))
                .toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return values.length < 2 ? 0 : sum / (values.length - 1);
    }
}
