package org.sevasurge.service.promises;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The promises this service instance was told to break ({@code --break-promise a,b}); none in any real run.
 * The option is taken out of the arguments before the ordinary command line is read, and refused unless the
 * environment variable {@value #ALLOW_VARIABLE} (or the system property {@value #ALLOW_PROPERTY}) is {@code yes},
 * so a copied command line cannot switch one on by accident. Immutable and thread-safe.
 */
public final class BrokenPromises {

    public static final String OPTION = "--break-promise";
    public static final String ALLOW_VARIABLE = "SEVASURGE_ALLOW_BROKEN_PROMISES";
    public static final String ALLOW_PROPERTY = "sevasurge.allowBrokenPromises";

    private static final BrokenPromises NONE = new BrokenPromises(EnumSet.noneOf(BrokenPromise.class));

    private final Set<BrokenPromise> broken;

    private BrokenPromises(EnumSet<BrokenPromise> broken) {
        this.broken = Collections.unmodifiableSet(EnumSet.copyOf(broken));
    }

    /** Every promise kept: what the service runs with unless a test says otherwise. */
    public static BrokenPromises none() {
        return NONE;
    }

    /** The arguments with {@value #OPTION} taken out, and the promises it named. */
    public record Extracted(BrokenPromises promises, String[] remaining) {}

    /**
     * Takes {@code --break-promise LIST} (repeatable; comma-separated names) out of {@code args}.
     *
     * @param environment the process environment ({@code System.getenv()})
     * @param allowProperty the value of the system property {@value #ALLOW_PROPERTY}, or null
     * @throws IllegalArgumentException naming the option, the accepted values, and how to allow it
     */
    public static Extracted extract(String[] args, Map<String, String> environment, @Nullable String allowProperty) {
        EnumSet<BrokenPromise> named = EnumSet.noneOf(BrokenPromise.class);
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals(OPTION)) {
                remaining.add(args[i]);
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException(
                        OPTION + " needs a value: one or more of " + BrokenPromise.accepted() + ", comma-separated");
            }
            for (String name : args[++i].split(",")) {
                named.add(BrokenPromise.byOption(name.trim())
                        .orElseThrow(() -> new IllegalArgumentException(OPTION + ": unknown promise '" + name.trim()
                                + "'; accepted: " + BrokenPromise.accepted())));
            }
        }
        if (!named.isEmpty() && !"yes".equals(environment.get(ALLOW_VARIABLE)) && !"yes".equals(allowProperty)) {
            throw new IllegalArgumentException(OPTION + " breaks a durability promise on purpose and is only for"
                    + " tests that prove a check fails; it is refused unless the environment variable "
                    + ALLOW_VARIABLE + "=yes (or -D" + ALLOW_PROPERTY + "=yes) is set");
        }
        return new Extracted(named.isEmpty() ? NONE : new BrokenPromises(named), remaining.toArray(new String[0]));
    }

    public boolean breaks(BrokenPromise promise) {
        return broken.contains(promise);
    }

    public boolean any() {
        return !broken.isEmpty();
    }

    /** The option names of the broken promises, in declaration order. */
    public List<String> names() {
        return broken.stream().map(BrokenPromise::option).toList();
    }

    /** One line for the log and the ready line, e.g. {@code BROKEN PROMISES (test only): skip-document-fsync (...)}. */
    public String warning() {
        StringBuilder text = new StringBuilder("BROKEN PROMISES (test only, never for a real run): ");
        List<String> parts = new ArrayList<>();
        for (BrokenPromise promise : broken) {
            parts.add(promise.option() + " (" + promise.effect() + ")");
        }
        return text.append(String.join("; ", parts)).toString();
    }

    /** Publishes {@code sevasurge_broken_promise{promise=...} 1} for each broken promise. */
    public void bindTo(MeterRegistry registry) {
        for (BrokenPromise promise : broken) {
            Gauge.builder("sevasurge.broken.promise", () -> 1)
                    .description("1 for each promise this instance breaks on purpose (test only)")
                    .tag("promise", promise.option())
                    .register(registry);
        }
    }

    /**
     * The JDBC URL the service's pool should use: with {@link BrokenPromise#ACK_BEFORE_COMMIT}, its connections
     * are told {@code synchronous_commit=off}; otherwise the URL unchanged.
     */
    public String jdbcUrl(String url) {
        if (!breaks(BrokenPromise.ACK_BEFORE_COMMIT)) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff";
    }

    @Override
    public String toString() {
        return broken.isEmpty() ? "none" : String.join(",", names());
    }
}
