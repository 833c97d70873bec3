package org.sevasurge.service.database;

/**
 * How many connections each of the service's pools holds.
 *
 * <p>Why two pools: under the results-day mix every connection of one shared pool of 16 was busy, held by
 * submissions through their fsync'd commits and by approvals through their certificate's issue, so status checks
 * (a primary-key read of well under a millisecond) queued for a connection behind them. Reads get a pool of their
 * own, half the transactions' size: a status read holds its connection for a fraction of a millisecond, so even
 * 1,000 reads/s keep about one busy, and the rest are head-room for bursts without adding many PostgreSQL
 * backends (each costs memory and, on 2 cores, context switches).
 *
 * @param transactions connections for transactions (and every write)
 * @param reads        connections for single reads; 0 makes reads share the transactions' pool
 */
public record PoolSizes(int transactions, int reads) {

    public PoolSizes {
        if (transactions < 1 || reads < 0) {
            throw new IllegalArgumentException("pool sizes must be >= 1 for transactions and >= 0 for reads, got "
                    + transactions + " and " + reads);
        }
    }

    /** {@code transactions} connections for transactions and {@link #readsBeside} them for reads. */
    public static PoolSizes of(int transactions) {
        return new PoolSizes(transactions, readsBeside(transactions));
    }

    /** The reads' pool beside a transactions' pool of {@code transactions}: half of it, at least 2. */
    public static int readsBeside(int transactions) {
        return Math.max(2, transactions / 2);
    }
}
