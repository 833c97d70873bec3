package org.sevasurge.service;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a Seva Surge program prints on standard output once it serves requests:
 * {@code <program> ready on http://HOST:PORT[ (details)]}. The service prints it, the mocks' standalone jar
 * prints the same form, and whatever starts them (the testbed, the service's own process tests, the
 * containers' log wait) recognises it through this class, so the form is written down once. Stateless and
 * thread-safe.
 */
public final class ReadyLine {

    /** Found anywhere in a line (log prefixes are allowed); group 1 is the base URL. */
    private static final Pattern PATTERN = Pattern.compile("ready on (http://\\S+)");

    private ReadyLine() {}

    /** The line's start for {@code program} serving at {@code baseUrl}; details, if any, follow after a space. */
    public static String of(String program, String baseUrl) {
        return program + " ready on " + baseUrl;
    }

    /** The base URL announced in {@code line}, or empty when the line is not a ready line. */
    public static Optional<URI> baseUrlIn(String line) {
        Matcher matcher = PATTERN.matcher(line);
        return matcher.find() ? Optional.of(URI.create(matcher.group(1))) : Optional.empty();
    }

    /** A regular expression matching a whole log line that holds {@code program}'s ready line (for log waits). */
    public static String logLineRegex(String program) {
        return ".*" + Pattern.quote(program) + " ready on .*";
    }
}
