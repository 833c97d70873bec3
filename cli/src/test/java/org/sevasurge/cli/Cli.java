package org.sevasurge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the command line in the test's JVM, as {@code ./sevasurge} would, capturing its output. */
public final class Cli {
    /** A word in single quotes (group 1, quotes dropped) or a run of non-spaces (group 2). */
    private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

    private Cli() {}

    /**
     * The outcome of one command. Immutable.
     *
     * @param exitCode its exit status
     * @param out      what it printed
     * @param err      what it printed as errors
     */
    public record Result(int exitCode, String out, String err) {

        /** Asserts the exit status, showing everything the command printed when it differs; returns this. */
        public Result assertExitCode(int expected) {
            assertThat(exitCode)
                    .as("exit status of the command; output:%n%s%nerr:%n%s", out, err)
                    .isEqualTo(expected);
            return this;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs a command written as a user types it, so a test reads like the shell line it stands for. Words are
     * separated by spaces; a word in single quotes keeps its spaces ({@code --request 'GET /x'}). Each word
     * {@code %s} is replaced by the next value, whole, so a path stays one argument.
     */
    public static Result runLine(String commandLine, Object... values) {
        List<String> args = new ArrayList<>();
        int next = 0;
        for (String word : words(commandLine)) {
            args.add(word.equals("%s") ? String.valueOf(values[next++]) : word);
        }
        if (next != values.length) {
            throw new IllegalArgumentException(
                    "'" + commandLine + "' has " + next + " %s word(s) for " + values.length + " value(s)");
        }
        return run(args.toArray(String[]::new));
    }

    private static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(commandLine);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }
}
