package org.sevasurge.capacity.demand;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    private DemandRegression() {
    }

    /**
     * @param samples       the windows
     * @param classes       the request classes to estimate
     * @param windowSeconds the windows' length, for the record
     * @return the estimates
     */
    public static DemandFit fit(List<DemandSample> samples, List<String> classes, double windowSeconds) {
        List<String> varying = new ArrayList<>();
        List<ServiceDemand> fixed = new ArrayList<>();
        for (String request : classes) {
            double[] x = column(samples, request);
            if (variance(x) <= 1e-12) {
                fixed.add(new ServiceDemand(request, Double.NaN, Double.NaN, Double.NaN, mean(x), false,
                        mean(x) == 0 ? "not identifiable: no responses in the windows"
                                : "not identifiable: its rate did not vary"));
            } else {
                varying.add(request);
            }
        }
        int n = samples.size();
        if (varying.isEmpty() || n < MIN_SAMPLES_PER_COEFFICIENT * (varying.size() + 1)) {
            return new DemandFit(n, windowSeconds, Double.NaN, Double.NaN, fixed, String.format(Locale.ROOT,
                    "%d windows for %d request classes: at least %d per coefficient are needed", n, varying.size(),
                    MIN_SAMPLES_PER_COEFFICIENT));
        }
        double[] y = samples.stream().mapToDouble(DemandSample::cpuCores).toArray();
        double[][] x = matrix(samples, varying);
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
                all.add(new ServiceDemand(request, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY,
                        mean(column(samples, request)), false,
                        "not identifiable: its rate is an exact combination of the others'"));
            }
            return new DemandFit(n, windowSeconds, Double.NaN, Double.NaN, all, "the throughputs are collinear");
        }
        List<ServiceDemand> demands = new ArrayList<>();
        for (int i = 0; i < varying.size(); i++) {
            double vif = varianceInflation(x, i);
            double estimate = beta[i + 1];
            double error = errors[i + 1];
            demands.add(new ServiceDemand(varying.get(i), estimate, error, vif, mean(column(samples, varying.get(i))),
                    reason(vif, estimate, error, varying, x, i).isEmpty(), reason(vif, estimate, error, varying, x, i)));
        }
        demands.sort(Comparator.comparing((ServiceDemand d) -> !d.identifiable())
                .thenComparing(Comparator.comparingDouble(ServiceDemand::cpuSecondsPerRequest).reversed()));
        demands.addAll(fixed);
        return new DemandFit(n, windowSeconds, beta[0], rSquared, demands, null);
    }

    private static String reason(double vif, double estimate, double error, List<String> names, double[][] x, int i) {
        if (estimate > 0 && error <= MAX_RELATIVE_ERROR * estimate) {
            return "";
        }
        String why = vif > MAX_VIF ? String.format(Locale.ROOT, "its rate moves with %s's (variance inflation %.0f"
                + " > %.0f); add windows where it varies alone, e.g. a single-journey search",
                names.get(mostCorrelated(x, i)), vif, MAX_VIF) : "more or longer windows needed";
        return String.format(Locale.ROOT, "not identifiable: estimate %.3f ms with a standard error of %.3f ms: %s",
                estimate * 1000, error * 1000, why);
    }

    /** VIF of column {@code i}: 1 / (1 - R²) of it regressed on the other columns (with an intercept). */
    static double varianceInflation(double[][] x, int i) {
        int k = x[0].length;
        if (k == 1) {
            return 1;
        }
        double[] target = new double[x.length];
        double[][] others = new double[x.length][k - 1];
        for (int r = 0; r < x.length; r++) {
            target[r] = x[r][i];
            for (int c = 0, o = 0; c < k; c++) {
                if (c != i) {
                    others[r][o++] = x[r][c];
                }
            }
        }
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(target, others);
            double r2 = ols.calculateRSquared();
            return r2 >= 1 ? Double.POSITIVE_INFINITY : 1 / (1 - r2);
        } catch (SingularMatrixException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private static int mostCorrelated(double[][] x, int i) {
        int best = i == 0 ? 1 : 0;
        double bestAbs = -1;
        for (int c = 0; c < x[0].length; c++) {
            if (c == i) {
                continue;
            }
            double r = Math.abs(correlation(x, i, c));
            if (r > bestAbs) {
                bestAbs = r;
                best = c;
            }
        }
        return best;
    }

    private static double correlation(double[][] x, int a, int b) {
        double[] u = new double[x.length];
        double[] v = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            u[r] = x[r][a];
            v[r] = x[r][b];
        }
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(u, v);
    }

    private static double[][] matrix(List<DemandSample> samples, List<String> classes) {
        double[][] x = new double[samples.size()][classes.size()];
        for (int r = 0; r < samples.size(); r++) {
            for (int c = 0; c < classes.size(); c++) {
                x[r][c] = samples.get(r).perSecond().getOrDefault(classes.get(c), 0.0);
            }
        }
        return x;
    }

    private static double[] column(List<DemandSample> samples, String request) {
        return samples.stream().mapToDouble(s -> s.perSecond().getOrDefault(request, 0.0)).toArray();
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
