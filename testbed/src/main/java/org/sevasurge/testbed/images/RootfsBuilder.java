package org.sevasurge.testbed.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes an image's root filesystem from Debian packages: {@code debootstrap --variant=minbase --include=PACKAGES
 * SUITE DIR MIRROR}, then removes what a container never reads (downloaded .deb files, APT lists, documentation,
 * manual pages, translations) and what the package set up for a host (PostgreSQL's default cluster). Needs root, as
 * debootstrap does. Stateless and thread-safe.
 */
final class RootfsBuilder {

    private static final long DEBOOTSTRAP_TIMEOUT_MINUTES = 20;
    private static final List<String> NOT_IN_IMAGES = List.of(
            "var/cache/apt/archives",
            "var/lib/apt/lists",
            "usr/share/doc",
            "usr/share/man",
            "usr/share/info",
            "usr/share/locale",
            "var/lib/postgresql/15",
            "etc/postgresql/15");

    /** Builds {@code image}'s rootfs in {@code rootfs} (which must not exist); debootstrap's output goes to {@code log}. */
    void build(BaseImage image, String suite, String mirror, Path rootfs, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                debootstrap(),
                "--variant=minbase",
                "--include=" + String.join(",", image.packages()),
                suite,
                rootfs.toString(),
                mirror));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(DEBOOTSTRAP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("debootstrap of " + image.builtName() + " took over " + DEBOOTSTRAP_TIMEOUT_MINUTES
                    + " minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException("debootstrap of " + image.builtName() + " from " + mirror + " failed (status "
                    + process.exitValue() + "); its log " + log + " ends:\n" + tail(log)
                    + "\nPass another mirror with --mirror URL (e.g. your site's Debian mirror)");
        }
        for (String unwanted : NOT_IN_IMAGES) {
            deleteTree(rootfs.resolve(unwanted));
        }
        if (image == BaseImage.POSTGRES) {
            Files.createDirectories(rootfs.resolve("var/lib/postgresql/data"));
            Path entrypoint = rootfs.resolve("usr/local/bin/docker-entrypoint.sh");
            Files.createDirectories(entrypoint.getParent());
            try (InputStream script = RootfsBuilder.class.getResourceAsStream("postgres-entrypoint.sh")) {
                if (script == null) {
                    throw new IllegalStateException("postgres-entrypoint.sh is missing from the testbed jar");
                }
                Files.copy(script, entrypoint, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setPosixFilePermissions(entrypoint, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** debootstrap's path; it lives in /usr/sbin, which a non-login PATH may lack. */
    static String debootstrap() throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "debootstrap"));
            }
        }
        candidates.add(Path.of("/usr/sbin/debootstrap"));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IOException("debootstrap is not installed; install it (Debian/Ubuntu: apt-get install debootstrap)"
                + " and run again as root");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
