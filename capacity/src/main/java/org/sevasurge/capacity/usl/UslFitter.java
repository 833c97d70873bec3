package org.sevasurge.capacity.usl;

import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits σ, κ and λ to measured points by Levenberg-Marquardt least squares on the throughput residuals, with the
 * bounds σ in [0, 1], κ >= 0, λ > 0 enforced by projecting every trial point onto them. Nonlinear least squares
 * can stop in a local minimum, so it starts from a small grid of σ and κ and keeps the best fit. Stateless and
 * thread-safe.
 */
public final class UslFitter {
    /** Fewer points than this leave the three coefficients under-determined (plus one degree of freedom). */
    public static final int MIN_POINTS = 4;

    private static final double[] SIGMA_STARTS = {0.0, 0.05, 0.3};
    private static final double[] KAPPA_STARTS = {0.0, 1e-4, 1e-2};
    private static final double MIN_LAMBDA = 1e-12;

    private UslFitter() {}

    /**
     * @param points at least {@link #MIN_POINTS} measurements
     * @return the best fit
     * @throws IllegalArgumentException with fewer points, or when every point has the same concurrency
     */
    public static UslFit fit(List<UslPoint> points) {
        if (points.size() < MIN_POINTS) {
            throw new IllegalArgumentException(
                    "a USL fit needs at least " + MIN_POINTS + " points, got " + points.size());
        }
        if (points.stream().mapToDouble(UslPoint::concurrency).distinct().count() < 2) {
            throw new IllegalArgumentException("a USL fit needs points at different concurrencies");
        }
        double lambdaStart = points.stream()
                .mapToDouble(p -> p.throughput() / p.concurrency())
                .max()
                .orElseThrow();
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double sigma : SIGMA_STARTS) {
            for (double kappa : KAPPA_STARTS) {
                double[] fitted = optimise(points, new double[] {sigma, kappa, lambdaStart});
                double cost = sumOfSquares(points, fitted);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = fitted;
                }
            }
        }
        UslModel model = new UslModel(best[0], best[1], best[2]);
        return new UslFit(
                model,
                points,
                rSquared(points, bestCost),
                points.size() > 3 ? Math.sqrt(bestCost / (points.size() - 3)) : 0);
    }

    private static double[] optimise(List<UslPoint> points, double[] start) {
        double[] observed = points.stream().mapToDouble(UslPoint::throughput).toArray();
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .model(jacobian(points))
                .target(observed)
                .start(start)
                .parameterValidator(UslFitter::withinBounds)
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .build();
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-14)
                    .withParameterRelativeTolerance(1e-14)
                    .optimize(problem);
            return optimum.getPoint().toArray();
        } catch (RuntimeException e) {
            // A start that diverges (too many evaluations) simply loses against the others.
            return start;
        }
    }

    private static RealVector withinBounds(RealVector parameters) {
        return new ArrayRealVector(new double[] {
            Math.min(1, Math.max(0, parameters.getEntry(0))),
            Math.max(0, parameters.getEntry(1)),
            Math.max(MIN_LAMBDA, parameters.getEntry(2))
        });
    }

    private static MultivariateJacobianFunction jacobian(List<UslPoint> points) {
        return parameters -> {
            double sigma = parameters.getEntry(0);
            double kappa = parameters.getEntry(1);
            double lambda = parameters.getEntry(2);
            RealVector values = new ArrayRealVector(points.size());
            RealMatrix derivatives = new Array2DRowRealMatrix(points.size(), 3);
            for (int i = 0; i < points.size(); i++) {
                double n = points.get(i).concurrency();
                double denominator = 1 + sigma * (n - 1) + kappa * n * (n - 1);
                double x = lambda * n / denominator;
                values.setEntry(i, x);
                derivatives.setEntry(i, 0, -x * (n - 1) / denominator);
                derivatives.setEntry(i, 1, -x * n * (n - 1) / denominator);
                derivatives.setEntry(i, 2, n / denominator);
            }
            return new Pair<>(values, derivatives);
        };
    }

    private static double sumOfSquares(List<UslPoint> points, double[] p) {
        UslModel model = new UslModel(p[0], p[1], p[2]);
        double sum = 0;
        for (UslPoint point : points) {
            double residual = point.throughput() - model.throughput(point.concurrency());
            sum += residual * residual;
        }
        return sum;
    }

    private static double rSquared(List<UslPoint> points, double residualSumOfSquares) {
        double mean =
                points.stream().mapToDouble(UslPoint::throughput).average().orElse(0);
        double total = points.stream()
                .mapToDouble(p -> (p.throughput() - mean) * (p.throughput() - mean))
                .sum();
        return total == 0 ? 1 : 1 - residualSumOfSquares / total;
    }
}
