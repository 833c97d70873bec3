package org.sevasurge.capacity.usl;

import java.util.List;

/**
 * A fitted USL model and how well it fits. Immutable.
 *
 * @param model          the coefficients
 * @param points         the measurements it was fitted to
 * @param rSquared       coefficient of determination, 1 - SSres/SStot (1 is a perfect fit)
 * @param residualStdError sqrt(SSres / (n - 3)), in throughput units (0 with exactly 3 points)
 */
public record UslFit(UslModel model, List<UslPoint> points, double rSquared, double residualStdError) {

    public UslFit {
        points = List.copyOf(points);
    }

    /** @return one line for people, e.g. {@code σ 0.0277, κ 0.000104, λ 90.0, N* 96.5, X max 1884 (R² 0.97)} */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "sigma %.4g, kappa %.4g, lambda %.4g, N* %s, X max %s (R² %.3f)",
                model.sigma(),
                model.kappa(),
                model.lambda(),
                finite(model.peakConcurrency()),
                finite(model.peakThroughput()),
                rSquared);
    }

    private static String finite(double value) {
        return Double.isInfinite(value) ? "unbounded" : String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
