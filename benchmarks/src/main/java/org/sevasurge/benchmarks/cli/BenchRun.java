package org.sevasurge.benchmarks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs benchmarks through JMH's API, the GC profiler always on, writing JMH's JSON to a given file; JMH prints its
 * progress (each iteration) on standard output as it goes. Stateless.
 */
final class BenchRun {

    /** Every benchmark of this module. */
    static final String ALL = "org\\.sevasurge\\.benchmarks\\..*Benchmark\\..*";

    private static final String SEED_PROPERTY = "sevasurge.bench.seedApplications";

    /**
     * The one value a quick run keeps of each parameter with several: a typical submission (4 documents of
     * 150 KB), the format checked last, the largest status answer, a first submission's key. Both sides of the
     * verification cache stay, as they are different code paths.
     */
    private static final String[][] QUICK_PARAMS = {
        {"documents", "4"}, {"documentSize", "150KB"}, {"type", "PNG"}, {"status", "APPROVED"}, {"key", "new"}
    };
    /** Applications a quick run seeds: seeding 50,000 costs seconds per fork, and the quick run measures nothing. */
    private static final String QUICK_SEED = "2000";

    private BenchRun() {}

    static void run(boolean quick, List<String> includes, Path resultsJson) throws RunnerException {
        new Runner(options(quick, includes, resultsJson)).run();
    }

    /** The benchmark methods the include patterns select (all of the module's when there are none), by name. */
    static SortedSet<String> matching(List<String> includes) {
        SortedSet<String> names = new TreeSet<>();
        BenchmarkList.defaultList()
                .find(
                        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                        includes.isEmpty() ? List.of(ALL) : includes,
                        List.of())
                .forEach(entry -> names.add(entry.getUsername()));
        return names;
    }

    static Options options(boolean quick, List<String> includes, Path resultsJson) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(resultsJson.toString())
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL);
        if (includes.isEmpty()) {
            options.include(ALL);
        } else {
            includes.forEach(options::include);
        }
        if (quick && System.getProperty(SEED_PROPERTY) == null) {
            // Forked JVMs inherit this JVM's -D options (so -Dsevasurge.bench.dir reaches them); this one is added.
            // Prepended, so the heap settings each benchmark appends in its @Fork stay in force.
            options.jvmArgsPrepend("-D" + SEED_PROPERTY + "=" + QUICK_SEED);
        }
        if (quick) {
            options.forks(1)
                    .warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(2)
                    .measurementTime(TimeValue.milliseconds(200))
                    .timeout(TimeValue.minutes(2));
            for (String[] param : QUICK_PARAMS) {
                options.param(param[0], param[1]);
            }
        }
        return options.build();
    }
}
