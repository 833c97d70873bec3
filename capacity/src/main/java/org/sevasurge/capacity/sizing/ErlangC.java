package org.sevasurge.capacity.sizing;

/**
 * Erlang's C formula for an M/M/c queue: the probability that an arrival has to wait because all {@code c}
 * servers are busy, for an offered load of {@code A} Erlangs (arrival rate / service rate of one server).
 * Computed through the numerically stable Erlang B recursion B(k) = A·B(k-1) / (k + A·B(k-1)), then
 * C = c·B / (c - A(1 - B)). Pure.
 */
public final class ErlangC {
    private ErlangC() {}

    /**
     * @param servers c >= 1
     * @param offeredErlangs A >= 0
     * @return P(wait) in [0, 1]; 1 when A >= c (the queue grows without bound)
     */
    public static double waitingProbability(int servers, double offeredErlangs) {
        if (servers < 1 || !(offeredErlangs >= 0)) {
            throw new IllegalArgumentException(
                    "Erlang C needs servers >= 1 and a load >= 0, got c=" + servers + ", A=" + offeredErlangs);
        }
        if (offeredErlangs >= servers) {
            return 1.0;
        }
        double blocking = 1.0;
        for (int k = 1; k <= servers; k++) {
            blocking = offeredErlangs * blocking / (k + offeredErlangs * blocking);
        }
        return servers * blocking / (servers - offeredErlangs * (1 - blocking));
    }
}
