package org.sevasurge.capacity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the HTML template renders: the {@link Report}, the scripts and style it inlines, and formatting for people.
 * Immutable.
 *
 * @param report  the report
 * @param echarts ECharts, minified, from its webjar
 * @param script  the report's own chart code
 * @param style   its CSS
 * @param data    the report as JSON for the charts, escaped for a script element
 */
public record ReportPage(Report report, String echarts, String script, String style, String data) {

    /** @return {@code value} with about three significant figures (whole numbers without decimals), or {@code -} */
    public String fmt(Double value) {
        if (value != null && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf(value.longValue());
        }
        return ReportMarkdown.fmt(value);
    }

    /** @return a share 0..1 as a percentage, e.g. {@code 72 %} */
    public String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** @return bytes for people, e.g. {@code 1.2 TB} */
    public String bytes(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "-";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        double v = value;
        int unit = 0;
        while (Math.abs(v) >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, v >= 100 || unit == 0 ? "%.0f %s" : "%.1f %s", v, units[unit]);
    }

    /** @return the CSS class of a verdict, e.g. {@code verdict-at-risk} */
    public String verdictClass() {
        return "verdict-"
                + report.verdict().readiness().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the requests with responses in some step, in order, for one latency chart each */
    public List<String> latencyRequests() {
        List<String> names = new ArrayList<>();
        for (StepRow step : report.steps()) {
            for (StepRow.StepRequest r : step.requests()) {
                if (r.count() > 0 && !names.contains(r.request())) {
                    names.add(r.request());
                }
            }
        }
        return names;
    }

    /** @return whether there is a USL curve to draw */
    public boolean hasUsl() {
        return report.usl() != null && report.usl().problem() == null;
    }

    /** @return whether some request's demand was identified */
    public boolean hasDemand() {
        return report.demand().classes().stream().anyMatch(DemandSection.DemandRow::identifiable);
    }

    /** @return whether a runway was computed */
    public boolean hasRunway() {
        return !report.storage().volumes().isEmpty();
    }

    /** @return whether the service was scraped */
    public boolean hasServer() {
        return !report.timeline().serverMillis().isEmpty();
    }

    /** @return the run's faults for the note under its time charts, e.g. {@code payment slow (30 s)}, or empty */
    public String faults() {
        return report.timeline().faults().stream()
                .map(f ->
                        String.format(Locale.ROOT, "%s (%.0f s)", f.label(), (f.toMillis() - f.fromMillis()) / 1000.0))
                .collect(Collectors.joining(", "));
    }

    /** @return whether responses were recorded */
    public boolean hasStatuses() {
        return !report.timeline().statusMillis().isEmpty();
    }
}
