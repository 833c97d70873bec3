package org.sevasurge.cli.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sevasurge.benchmarks.cli.BenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code sevasurge bench ...}: the JMH benchmarks of the service's hot paths. Every argument goes to the benchmarks'
 * own command ({@code --quick}, {@code --include REGEX}, {@code --compare BASELINE.json} ...; {@code bench --help}
 * lists them), whose exit status it returns: 0 passed, 1 a regression, 2 bad input, 3 a benchmark failed.
 */
@Command(name = "bench", description = "JMH benchmarks of the service's hot paths; 'bench --help' lists the options.")
public final class BenchSubcommand implements Callable<Integer> {
    // Every word, options and positionals alike, in the order typed: the delegate parses them itself, and a split
    // into positionals and unknown options reordered "build --work-dir DIR" into "build DIR --work-dir".
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> all = List.copyOf(args);
        return BenchCommand.runInConsole(all.toArray(String[]::new));
    }
}
