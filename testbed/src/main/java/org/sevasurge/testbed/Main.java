package org.sevasurge.testbed;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.sevasurge.testbed.cli.StateFile;
import org.sevasurge.testbed.cli.UpArguments;

/**
 * {@code java -cp <testbed classpath> org.sevasurge.testbed.Main up [options]}: brings the testbed up, prints
 * {@code testbed ready on URL}, writes the state file, and holds it until SIGTERM (Ctrl-C), which tears it down.
 * Exit status 2: bad arguments (the message names the option and the accepted values); 1: it could not start.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || !"up".equals(args[0])) {
            System.err.println(
                    args.length == 0 || args[0].startsWith("-")
                            ? UpArguments.USAGE
                            : "testbed: unknown command '" + args[0] + "'; accepted commands: up\n"
                                    + UpArguments.USAGE);
            System.exit(args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0])) ? 0 : 2);
        }
        UpArguments arguments;
        try {
            arguments = UpArguments.parse(List.of(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println("testbed: " + e.getMessage());
            System.exit(2);
            return;
        }
        Testbed testbed;
        try {
            testbed = Testbeds.start(arguments.options());
            if (arguments.stateFile() != null) {
                StateFile.write(arguments.stateFile(), testbed);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("testbed: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("testbed ready on " + testbed.baseUrl() + " ("
                + arguments.options().mode().optionValue()
                + (testbed.processIds().isEmpty() ? "" : ", pids " + testbed.processIds())
                + (arguments.options().containers() == null
                        ? ""
                        : ", service limited to "
                                + arguments.options().containers().service())
                + ")");
        // The embedded testbed's own shutdown hook tears it down on SIGTERM; until then, hold.
        Runtime.getRuntime().addShutdownHook(new Thread(testbed::close, "testbed-main-teardown"));
        new CountDownLatch(1).await();
    }
}
