/**
 * The Universal Scalability Law (Gunther): {@code X(N) = λN / (1 + σ(N-1) + κN(N-1))}, fitted to measured
 * (concurrency, throughput) points by bounded nonlinear least squares, and a planner's own measurements read from
 * CSV. σ is contention (the serial fraction), κ coherency (crosstalk), λ the throughput of one unit of concurrency.
 */
@NullMarked
package org.sevasurge.capacity.usl;

import org.jspecify.annotations.NullMarked;
