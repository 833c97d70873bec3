package org.sevasurge.simulations.calendar;

import java.util.Map;

/**
 * Documents attached to an application: a count uniform over {@code min..max} and log-normal sizes around a
 * median, capped. Immutable.
 *
 * @param minPerApplication fewest documents per application (at least 1)
 * @param maxPerApplication most documents per application (at most 6, the service's limit)
 * @param medianSizeBytes   median document size, bytes
 * @param sizeSigma         standard deviation of the size's natural logarithm
 * @param maxSizeBytes      largest document, bytes
 * @param typeMix           share of "pdf", "jpeg" and "png" documents, adding up to 1
 */
public record DocumentModel(
        int minPerApplication,
        int maxPerApplication,
        long medianSizeBytes,
        double sizeSigma,
        long maxSizeBytes,
        Map<String, Double> typeMix) {

    /** @return the mean number of documents per application */
    public double meanPerApplication() {
        return (minPerApplication + maxPerApplication) / 2.0;
    }

    /** @return the mean document size in bytes, ignoring the cap (log-normal mean: median x e^(sigma^2/2)) */
    public double meanSizeBytes() {
        return medianSizeBytes * Math.exp(sizeSigma * sizeSigma / 2);
    }
}
