/**
 * The capacity report: one model ({@link org.sevasurge.capacity.report.Report}) assembled from run folders by
 * {@link org.sevasurge.capacity.report.ReportBuilder}, written as {@code report.json} (format
 * {@code sevasurge-report}, JSON Schema {@code report.schema.json} in this package's resources), {@code report.md}
 * (under 40 lines, for a CI comment or a ticket) and {@code index.html} (precompiled JTE templates, ECharts inlined
 * from its webjar: one self-contained file that opens offline).
 */
@NullMarked
package org.sevasurge.capacity.report;

import org.jspecify.annotations.NullMarked;
