package org.sevasurge.cli.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sevasurge.testbed.images.Images;
import org.sevasurge.testbed.images.ImagesCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code sevasurge images [build]}: the containers testbed's images, present or missing, and building the PostgreSQL
 * and Java runtime images from Debian packages for sites without a registry. Every argument goes to the testbed's
 * own images command ({@code images --help} lists them), whose exit status it returns.
 */
@Command(
        name = "images",
        description = "The containers testbed's images: list them, or build them from Debian"
                + " packages (no registry needed); 'images --help' lists the options.")
public final class ImagesSubcommand implements Callable<Integer> {
    // Every word, options and positionals alike, in the order typed: the delegate parses them itself, and a split
    // into positionals and unknown options reordered "build --work-dir DIR" into "build DIR --work-dir".
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> all = List.copyOf(args);
        return new ImagesCommand(new Images()).run(all, System.out, System.err);
    }
}
