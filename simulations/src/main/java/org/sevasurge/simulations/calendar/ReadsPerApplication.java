package org.sevasurge.simulations.calendar;

/**
 * Reads per submitted application (estimates; the calendar ships the midpoints of the ranges). Immutable.
 *
 * @param statusChecks          citizen status checks per application
 * @param certificateDownloads  certificate downloads per application
 * @param verifications         verifications by colleges per application
 * @param officerViews          officer queue and detail views per application
 */
public record ReadsPerApplication(
        double statusChecks, double certificateDownloads, double verifications, double officerViews) {}
