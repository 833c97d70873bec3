package org.sevasurge.testbed.images;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./sevasurge images} (list what is present and missing) and {@code ./sevasurge images build [--mirror URL]
 * [--force] [--work-dir DIR]}. Exit status: 0 done, 1 failed (the message says why and what to do), 2 bad options.
 * Stateless apart from its {@link Images}; {@link #run} is what tests call, {@link #main} exits the JVM.
 */
public final class ImagesCommand {

    public static final String USAGE = """
            Usage: ./sevasurge images [build [--mirror URL] [--force] [--work-dir DIR]]
              (no command)    list the containers testbed's images: official and built from Debian packages,
                              present or missing, and the ones a containers run uses
              build           build sevasurge/postgres:15-bookworm and sevasurge/jre:17-bookworm from Debian bookworm
                              packages (debootstrap, then docker import); needs root, debootstrap and docker
                --mirror URL  the Debian mirror (default: the host's, from /etc/apt, else http://deb.debian.org/debian)
                --force       rebuild images that are present (default: keep them)
                --work-dir D  where the root filesystems are made and the logs kept (default target/sevasurge/images)""";

    private final Images images;

    public ImagesCommand(Images images) {
        this.images = images;
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(new ImagesCommand(new Images()).run(List.of(args), System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.isEmpty() || "list".equals(args.get(0))) {
            if (args.size() > 1) {
                return usageError(err, "list takes no options, got '" + args.get(1) + "'");
            }
            return list(out, err);
        }
        if ("-h".equals(args.get(0)) || "--help".equals(args.get(0))) {
            out.println(USAGE);
            return 0;
        }
        if (!"build".equals(args.get(0))) {
            return usageError(
                    err, "unknown command '" + args.get(0) + "'; accepted commands: build (or none, to list)");
        }
        Optional<String> mirror = Optional.empty();
        boolean force = false;
        Path workDir = Path.of("target", "sevasurge", "images");
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--force" -> force = true;
                case "--mirror", "--work-dir" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usageError(
                                err,
                                option + " needs a value; accepted values: "
                                        + ("--mirror".equals(option)
                                                ? "an http:// or https:// Debian mirror URL"
                                                : "a directory"));
                    }
                    String value = args.get(++i);
                    if ("--mirror".equals(option)) {
                        if (!value.matches("(?i)(https?|file)://\\S+")) {
                            return usageError(
                                    err,
                                    "--mirror '" + value + "': accepted values: an http://, https:// or"
                                            + " file:// Debian mirror URL, e.g. http://deb.debian.org/debian");
                        }
                        mirror = Optional.of(value);
                    } else {
                        workDir = Path.of(value);
                    }
                }
                default -> {
                    return usageError(
                            err,
                            "unknown option '" + option + "'; accepted options: --mirror, --force," + " --work-dir");
                }
            }
        }
        return build(mirror, workDir, force, out, err);
    }

    private int list(PrintStream out, PrintStream err) throws InterruptedException {
        List<ImageStatus> statuses;
        try {
            statuses = images.list();
        } catch (IOException e) {
            err.println("sevasurge images: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "%-32s %-33s %s%n", "image", "what", "status");
        for (ImageStatus status : statuses) {
            String what = (status.base() == BaseImage.POSTGRES ? "PostgreSQL 15" : "Java 17 runtime")
                    + (status.built() ? ", Debian packages" : ", official");
            out.printf(
                    Locale.ROOT,
                    "%-32s %-33s %s%n",
                    status.name(),
                    what,
                    status.info()
                            .map(info -> String.format(
                                    Locale.ROOT,
                                    "present, %d MB, created %s",
                                    info.sizeBytes() / 1_000_000,
                                    info.created().toString().substring(0, 16).replace('T', ' ')))
                            .orElse("missing"));
        }
        for (BaseImage base : BaseImage.values()) {
            String chosen = base.choose(
                    image -> statuses.stream().anyMatch(s -> s.name().equals(image) && s.present()));
            boolean present = statuses.stream().anyMatch(s -> s.name().equals(chosen) && s.present());
            out.println("a containers run uses " + chosen
                    + (present
                            ? ""
                            : " (missing: Docker will pull it; without"
                                    + " a registry, run './sevasurge images build')"));
        }
        return 0;
    }

    private int build(Optional<String> mirror, Path workDir, boolean force, PrintStream out, PrintStream err)
            throws InterruptedException {
        out.println("sevasurge images: building from Debian " + Images.SUITE + " packages (debootstrap logs in "
                + workDir + ")...");
        try {
            for (BuildResult result : images.build(mirror, workDir, force)) {
                if (result.reused()) {
                    out.printf(
                            Locale.ROOT,
                            "%-32s present, kept (%d MB); --force rebuilds it%n",
                            result.image(),
                            result.sizeBytes() / 1_000_000);
                } else {
                    out.printf(
                            Locale.ROOT,
                            "%-32s built: debootstrap %.1f s, import %.1f s, %d MB%n",
                            result.image(),
                            result.debootstrapMillis() / 1000.0,
                            result.importMillis() / 1000.0,
                            result.sizeBytes() / 1_000_000);
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("sevasurge images build: " + e.getMessage());
            return 1;
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("sevasurge images: " + message);
        err.println(USAGE);
        return 2;
    }
}
