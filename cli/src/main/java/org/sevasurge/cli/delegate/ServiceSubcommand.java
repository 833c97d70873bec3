package org.sevasurge.cli.delegate;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code sevasurge service ...}: the reference certificate service with an embedded PostgreSQL, in this JVM, until
 * Ctrl-C. Every argument goes to the service's own command line ({@code service --help} lists them).
 */
@Command(name = "service", description = "Start the reference certificate service; 'service --help' lists its options.")
public final class ServiceSubcommand implements Runnable {
    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "ARGS", hidden = true)
    List<String> args = new ArrayList<>();

    @Override
    public void run() {
        List<String> all = new ArrayList<>(args);
        all.addAll(unmatched);
        org.sevasurge.service.Main.main(all.toArray(String[]::new));
        if (all.contains("--help") || all.contains("-h")) {
            return;
        }
        // The service runs on its own threads; the command line would exit (and stop it) on return. It stops on
        // SIGTERM or Ctrl-C through the service's shutdown hook.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
