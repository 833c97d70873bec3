package org.sevasurge.capacity.demand;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/** How much the columns of a design matrix move together: variance inflation and the closest column. Pure. */
final class Collinearity {
    private Collinearity() {}

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

    /** @return the class column (of the first {@code classes}) most correlated with column {@code i} */
    static int mostCorrelated(double[][] x, int i, int classes) {
        int best = i == 0 ? 1 : 0;
        double bestAbs = -1;
        for (int c = 0; c < classes; c++) {
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
        return new PearsonsCorrelation().correlation(u, v);
    }
}
