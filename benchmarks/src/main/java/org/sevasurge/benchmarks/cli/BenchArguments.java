package org.sevasurge.benchmarks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.sevasurge.benchmarks.results.BadInputException;

/**
 * The bench command's options, parsed. Immutable.
 *
 * @param quick            one fork, one short warm-up and two short measurements per benchmark, heavy
 *                         parameters cut to one value: proves each benchmark runs, measures nothing reliably
 * @param includes         JMH include patterns (regular expressions on benchmark names); empty runs every one
 * @param output           where results.json and summary.md go; null for target/sevasurge/bench/&lt;timestamp&gt;
 * @param baseline         a JMH result file to compare with, or null to only run
 * @param results          an existing result file to compare instead of running, or null
 * @param thresholdPercent how much worse a score or allocation may get before it can fail
 * @param help             print usage and stop
 */
record BenchArguments(
        boolean quick,
        List<String> includes,
        @Nullable Path output,
        @Nullable Path baseline,
        @Nullable Path results,
        double thresholdPercent,
        boolean help) {

    static final double DEFAULT_THRESHOLD_PERCENT = 15;

    static final String USAGE = """
            Usage: bench [--quick] [--include REGEX]... [--output DIR]
                   bench --compare BASELINE.json [--results RESULTS.json] [--threshold PERCENT]
                         [--quick] [--include REGEX]... [--output DIR]

            Runs the JMH benchmarks of the service's hot paths with the GC profiler and writes JMH's JSON
            (results.json) and a table (summary.md) to target/sevasurge/bench/<timestamp>/ (or --output DIR).
              --quick            1 fork, 1 x 200 ms warm-up, 2 x 200 ms measurement, one value of the heavy
                                 parameters: proves every benchmark runs (a few minutes); not for timing
              --include REGEX    only benchmarks whose name matches (repeatable), e.g. --include Durable
              --compare FILE     compare with a baseline JMH result file; runs the benchmarks first unless
                                 --results names an existing result file to compare instead
              --threshold PCT    how much slower (or more allocating) may count as a regression; default 15
            A benchmark regresses when it is slower beyond the threshold and beyond noise (Welch's t-test on
            the raw samples, p < 0.001), or allocates more per operation beyond the threshold and 64 bytes.
            Exit codes: 0 all passed, 1 a regression, 2 bad arguments or input file, 3 a benchmark failed to run.
            -Dsevasurge.bench.dir=DIR (before -cp) puts the benchmarks' files, including the durable writes, on
            the disk to measure (default: the system temporary directory).
            """;

    static BenchArguments parse(String... args) throws BadInputException {
        boolean quick = false;
        boolean help = false;
        List<String> includes = new ArrayList<>();
        Path output = null;
        Path baseline = null;
        Path results = null;
        double threshold = DEFAULT_THRESHOLD_PERCENT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "-h", "--help" -> help = true;
                case "--include" -> includes.add(regex(value(args, ++i, arg)));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                case "--compare" -> baseline = Path.of(value(args, ++i, arg));
                case "--results" -> results = Path.of(value(args, ++i, arg));
                case "--threshold" -> threshold = threshold(value(args, ++i, arg));
                default -> throw new BadInputException("unknown option '" + arg + "'");
            }
        }
        if (results != null && baseline == null) {
            throw new BadInputException("--results names the run to compare; give the baseline with --compare too");
        }
        return new BenchArguments(quick, List.copyOf(includes), output, baseline, results, threshold, help);
    }

    private static String value(String[] args, int index, String option) throws BadInputException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new BadInputException(option + " needs a value");
        }
        return args[index];
    }

    private static String regex(String value) throws BadInputException {
        try {
            Pattern.compile(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw new BadInputException("--include '" + value + "' is not a regular expression: " + e.getDescription());
        }
    }

    private static double threshold(String value) throws BadInputException {
        double percent;
        try {
            percent = Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        } catch (NumberFormatException e) {
            percent = Double.NaN;
        }
        if (!Double.isFinite(percent) || percent <= 0) {
            throw new BadInputException("--threshold must be a percentage above 0 (e.g. 15), got '" + value + "'");
        }
        return percent;
    }
}
