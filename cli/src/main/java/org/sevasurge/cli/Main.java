package org.sevasurge.cli;

import java.io.PrintWriter;
import org.sevasurge.cli.capacity.CapacityCommand;
import org.sevasurge.cli.compare.CompareCommand;
import org.sevasurge.cli.delegate.BenchSubcommand;
import org.sevasurge.cli.delegate.ImagesSubcommand;
import org.sevasurge.cli.delegate.ServiceSubcommand;
import org.sevasurge.cli.injector.InjectorCommand;
import org.sevasurge.cli.report.ReportCommand;
import org.sevasurge.cli.resilience.ResilienceCommand;
import org.sevasurge.cli.runs.RunsCommand;
import org.sevasurge.cli.season.SeasonCommand;
import org.sevasurge.cli.usl.UslCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sevasurge}: the top command. {@code ./sevasurge} builds what is stale and runs
 * {@code java -cp ... org.sevasurge.cli.Main "$@"}; tests call {@link #commandLine} and {@code execute(args)}.
 */
@Command(
        name = "sevasurge",
        mixinStandardHelpOptions = true,
        version = "Seva Surge 0.1.0",
        description = "Load-testing and resilience benchmark suite for citizen-certificate services.",
        subcommands = {
            SeasonCommand.class,
            CapacityCommand.class,
            ResilienceCommand.class,
            ReportCommand.class,
            CompareCommand.class,
            UslCommand.class,
            RunsCommand.class,
            InjectorCommand.class,
            BenchSubcommand.class,
            ServiceSubcommand.class,
            ImagesSubcommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit status: 0 pass, 1 a failed verdict (SLO breach, broken ledger, saturated injector)," + " 2 bad input."
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the command line, wired to print errors and map them to exit statuses */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /** @return {@code line} with Seva Surge's error handling: bad input exits 2 with its message, other errors 1 */
    public static CommandLine configure(CommandLine line) {
        return line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandName();
            if (BadInput.is(e)) {
                err.println(name + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            err.println(name + ": " + e);
            e.printStackTrace(err);
            return ExitCodes.FAIL;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
