package org.sevasurge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM, as {@code ./sevasurge} would, capturing its output. */
public final class Cli {
    private Cli() {}

    /**
     * The outcome of one command. Immutable.
     *
     * @param exitCode its exit status
     * @param out      what it printed
     * @param err      what it printed as errors
     */
    public record Result(int exitCode, String out, String err) {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
