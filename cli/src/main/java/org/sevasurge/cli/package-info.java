/**
 * The one {@code sevasurge} command line (picocli): one class per subcommand, each package a feature
 * ({@code season}, {@code capacity}, {@code report}, {@code compare}, {@code usl}, {@code runs}, {@code delegate}
 * for bench and service), and {@code run} for what the load commands share (the system under test, the forked
 * Gatling injector, the ledger read-back). Exit status: 0 pass, 1 a failed verdict (SLO breach, broken ledger,
 * saturated injector), 2 bad input.
 */
@NullMarked
package org.sevasurge.cli;

import org.jspecify.annotations.NullMarked;
