package org.sevasurge.mocks;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the mocks as their own process: {@code java -jar sevasurge-mocks.jar --port 9090
 * --profile healthy}. Prints {@code sevasurge-mocks ready on http://127.0.0.1:PORT} once the
 * mocks answer, and stops cleanly on SIGTERM (Ctrl-C). Exit status 2 for bad arguments, 1 when
 * the server cannot start.
 */
public final class Main {

    private Main() {}

    /** The entry point of the runnable jar. */
    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch.mocks() == null) {
            System.exit(launch.exitCode());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            launch.mocks().close();
                            stopped.countDown();
                        },
                        "sevasurge-mocks-shutdown"));
        stopped.await();
    }

    /**
     * Parses {@code args} and starts the mocks, printing the ready line to {@code out}, or the
     * usage or an error to {@code out} / {@code err}. The tests call this instead of
     * {@link #main}, which would exit the JVM.
     */
    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        StartupArguments arguments;
        try {
            arguments = StartupArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sevasurge-mocks: " + e.getMessage());
            err.println(StartupArguments.usage());
            return new Launch(2, null);
        }
        if (arguments.help()) {
            out.println(StartupArguments.usage());
            return new Launch(0, null);
        }
        try {
            GovernmentServiceMocks mocks = GovernmentServiceMocks.start(arguments.toOptions());
            out.println("sevasurge-mocks ready on " + mocks.baseUrl());
            out.flush();
            return new Launch(0, mocks);
        } catch (IllegalStateException e) {
            err.println("sevasurge-mocks: " + e.getMessage());
            return new Launch(1, null);
        }
    }

    /** What launching did: the running mocks, or none and the exit status to end with. */
    record Launch(int exitCode, GovernmentServiceMocks mocks) {}
}
