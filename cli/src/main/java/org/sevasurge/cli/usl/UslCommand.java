package org.sevasurge.cli.usl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sevasurge.capacity.usl.UslCsv;
import org.sevasurge.capacity.usl.UslFit;
import org.sevasurge.capacity.usl.UslFitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge usl --csv FILE}: fits σ (contention), κ (coherency) and λ (one unit's throughput) to the file's
 * (concurrency, throughput) points and prints them with N* and the peak throughput. Exit 0, or 2 for a bad file.
 */
@Command(
        name = "usl",
        mixinStandardHelpOptions = true,
        description = "Fit the Universal Scalability Law X(N) = λN / (1 + σ(N-1) + κN(N-1)) to your measurements.",
        footer = {
            "",
            "The CSV has two columns, concurrency and throughput (any unit), a header line optional,"
                    + " at least 4 points.",
            "Exit status: 0, or 2 for a bad file (the message names the line)."
        })
public final class UslCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "FILE", required = true, description = "the measurements")
    Path csv;

    @Override
    public Integer call() {
        UslFit fit = UslFitter.fit(UslCsv.read(csv));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "points: %d from %s%n", fit.points().size(), csv);
        out.printf(Locale.ROOT, "sigma (contention):  %.6g%n", fit.model().sigma());
        out.printf(Locale.ROOT, "kappa (coherency):   %.6g%n", fit.model().kappa());
        out.printf(Locale.ROOT, "lambda (N=1 rate):   %.6g%n", fit.model().lambda());
        out.printf(Locale.ROOT, "N* (peak at):        %s%n", finite(fit.model().peakConcurrency()));
        out.printf(Locale.ROOT, "X max (peak rate):   %s%n", finite(fit.model().peakThroughput()));
        out.printf(Locale.ROOT, "fit: R² %.4f, residual standard error %.4g%n", fit.rSquared(), fit.residualStdError());
        out.flush();
        return 0;
    }

    private static String finite(double value) {
        return Double.isInfinite(value) ? "unbounded (kappa = 0)" : String.format(Locale.ROOT, "%.6g", value);
    }
}
