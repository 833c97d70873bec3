package org.sevasurge.capacity.search;

/**
 * What one acknowledged application costs on disk, measured during a run from the service's counters (input to
 * the storage runway). Immutable.
 *
 * @param acknowledged                 applications acknowledged during the measurement
 * @param documentBytesPerApplication  bytes written to the document volume per application (NaN if unknown)
 * @param databaseBytesPerApplication  growth of the database per application, bytes (NaN if unknown)
 */
public record StorageFootprint(
        long acknowledged, double documentBytesPerApplication, double databaseBytesPerApplication) {}
