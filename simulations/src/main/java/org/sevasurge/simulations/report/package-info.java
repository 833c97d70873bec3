/**
 * The human summary of a run: achieved against offered rates, percentiles per request from Seva Surge's own
 * histograms, SLO verdicts, the ledger result and whether the injector was saturated.
 */
package org.sevasurge.simulations.report;
