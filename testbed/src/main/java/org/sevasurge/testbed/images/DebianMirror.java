package org.sevasurge.testbed.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Debian mirror this host installs from, so an air-gapped site builds its images from its own mirror
 * without saying so: the first {@code URIs:} of a deb822 {@code .sources} file, or the first {@code deb} line of a
 * {@code .list} file, whose suite is the one asked for (security and third-party repositories are skipped).
 * Stateless and thread-safe.
 */
public final class DebianMirror {

    /** Used when the host's APT sources name none. */
    public static final String DEFAULT = "http://deb.debian.org/debian";

    private DebianMirror() {}

    /** The mirror from {@code aptDir} ({@code /etc/apt}) serving {@code suite}, if one is configured. */
    public static Optional<String> fromAptSources(Path aptDir, String suite) throws IOException {
        List<Path> files = new ArrayList<>();
        Path list = aptDir.resolve("sources.list");
        if (Files.isRegularFile(list)) {
            files.add(list);
        }
        Path parts = aptDir.resolve("sources.list.d");
        if (Files.isDirectory(parts)) {
            try (Stream<Path> listing = Files.list(parts)) {
                listing.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Optional<String> found =
                    file.toString().endsWith(".sources") ? deb822(lines, suite) : oneLine(lines, suite);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<String> deb822(List<String> lines, String suite) {
        String uri = null;
        boolean suiteMatches = false;
        List<String> stanza = new ArrayList<>(lines);
        stanza.add("");
        for (String raw : stanza) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (uri != null && suiteMatches) {
                    return Optional.of(uri);
                }
                uri = null;
                suiteMatches = false;
            } else if (line.startsWith("URIs:")) {
                uri = first(line.substring(5));
            } else if (line.startsWith("Suites:")) {
                suiteMatches = List.of(line.substring(7).strip().split("\\s+")).contains(suite);
            }
        }
        return Optional.empty();
    }

    static Optional<String> oneLine(List<String> lines, String suite) {
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.startsWith("deb ")) {
                continue;
            }
            String[] words =
                    line.substring(4).replaceAll("\\[[^]]*]", " ").strip().split("\\s+");
            if (words.length >= 2 && words[1].equals(suite)) {
                return Optional.of(words[0]);
            }
        }
        return Optional.empty();
    }

    private static String first(String words) {
        String trimmed = words.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
