/**
 * {@code sevasurge report RUN_DIR...}: the capacity report (index.html, report.md, report.json) of a season run, a
 * capacity search, or several injectors' folders of one plan merged; and {@link org.sevasurge.cli.report.RunReport},
 * which {@code season} and {@code capacity} call to end with the report of the run they made.
 */
@NullMarked
package org.sevasurge.cli.report;

import org.jspecify.annotations.NullMarked;
