package org.sevasurge.capacity.usl;

/**
 * The Universal Scalability Law with its three coefficients. Pure and immutable.
 *
 * @param sigma  σ, contention: the share of work that serialises (0..1)
 * @param kappa  κ, coherency: the cost of keeping N units consistent with each other (>= 0)
 * @param lambda λ, the throughput of a single unit of concurrency (> 0), in the unit of the measured throughput
 */
public record UslModel(double sigma, double kappa, double lambda) {

    /** @return X(N) = λN / (1 + σ(N-1) + κN(N-1)) */
    public double throughput(double concurrency) {
        return lambda * concurrency / (1 + sigma * (concurrency - 1) + kappa * concurrency * (concurrency - 1));
    }

    /**
     * @return N* = sqrt((1 - σ) / κ), the concurrency of peak throughput; {@code +Infinity} when κ = 0 (throughput
     * then only approaches the Amdahl ceiling λ/σ)
     */
    public double peakConcurrency() {
        return kappa <= 0 ? Double.POSITIVE_INFINITY : Math.sqrt((1 - sigma) / kappa);
    }

    /** @return X(N*), the highest throughput the model allows (λ/σ when κ = 0, infinite when both are 0) */
    public double peakThroughput() {
        double peak = peakConcurrency();
        if (Double.isInfinite(peak)) {
            return sigma <= 0 ? Double.POSITIVE_INFINITY : lambda / sigma;
        }
        return throughput(peak);
    }
}
