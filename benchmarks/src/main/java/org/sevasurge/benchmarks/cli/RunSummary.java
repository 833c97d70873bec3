package org.sevasurge.benchmarks.cli;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The text of {@code summary.md}: what was run, on what, and the results table. Stateless. */
final class RunSummary {

    private RunSummary() {}

    static String markdown(ZonedDateTime started, boolean quick, String table) {
        Runtime runtime = Runtime.getRuntime();
        return "# Seva Surge benchmarks, " + started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n\n"
                + "- settings: "
                + (quick
                        ? "quick (1 fork, 1 x 200 ms warm-up, 2 x 200 ms measurement, one value of the heavy"
                                + " parameters): proves each benchmark runs; not for timing"
                        : "as each benchmark's annotations say (full)")
                + "\n"
                + "- machine: " + runtime.availableProcessors() + " CPUs, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.vm.version") + " ("
                + System.getProperty("java.vm.name") + ")\n"
                + "- score: mean ± half-width of JMH's 99.9 % confidence interval (none with a single sample); "
                + "thrpt is higher-is-better, avgt lower-is-better\n"
                + "- alloc B/op: gc.alloc.rate.norm from JMH's GC profiler (all threads of the JVM, per operation)\n"
                + "- raw data: results.json beside this file\n\n"
                + table;
    }
}
