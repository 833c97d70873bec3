package org.sevasurge.simulations.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A run's parameters in the injector JVM, read from system properties (the command line sets every one of them;
 * missing ones take {@link Defaults}). Immutable.
 *
 * <table>
 * <caption>System properties</caption>
 * <tr><td>sevasurge.target</td><td>service base URL</td><td>{@value Defaults#LOCAL_SERVICE}</td></tr>
 * <tr><td>sevasurge.kind</td><td>{@code season} (a calendar profile) or {@code staircase} (a capacity step
 * plan, {@code staircase.json} in the run folder)</td><td>season</td></tr>
 * <tr><td>sevasurge.profile</td><td>smoke, season, results-day, soak (or a profile of your calendar)</td><td>smoke</td></tr>
 * <tr><td>sevasurge.seed</td><td>seed of the generated applications and documents</td><td>20261128</td></tr>
 * <tr><td>sevasurge.calendar</td><td>a season-calendar.yaml file</td><td>the shipped default</td></tr>
 * <tr><td>sevasurge.compression</td><td>override of the profile's time compression</td><td>the profile's</td></tr>
 * <tr><td>sevasurge.rateFactor</td><td>multiplier on every rate (1/N for one of N injectors)</td><td>1</td></tr>
 * <tr><td>sevasurge.runs.dir</td><td>parent of run folders</td><td>runs</td></tr>
 * <tr><td>sevasurge.run.id</td><td>the run id (folder name)</td><td>generated</td></tr>
 * <tr><td>sevasurge.injector.cores</td><td>the injector's core share, for the saturation verdict</td><td>1.0</td></tr>
 * <tr><td>sevasurge.recording</td><td>{@code off} runs bare Gatling (no latency logs, ledger or hashing, only the
 * injector's CPU) to measure Seva Surge's own overhead</td><td>on</td></tr>
 * </table>
 *
 * @param target        service base URL
 * @param kind          {@code season} or {@code staircase}
 * @param profile       profile name
 * @param seed          generator seed
 * @param calendarFile  calendar file, or null for the shipped default
 * @param compression   compression override, or null for the profile's
 * @param rateFactor    multiplier on every rate
 * @param runsDir       parent of run folders
 * @param runId         run id, or null to generate one
 * @param injectorCores the injector's core share
 * @param recording     whether Seva Surge records (off only for the overhead comparison)
 */
public record RunSettings(
        URI target,
        String kind,
        String profile,
        long seed,
        @Nullable Path calendarFile,
        @Nullable Double compression,
        double rateFactor,
        Path runsDir,
        @Nullable String runId,
        double injectorCores,
        boolean recording) {

    /** The kind of a season profile's run. */
    public static final String SEASON = "season";
    /** The kind of a capacity staircase's run. */
    public static final String STAIRCASE = "staircase";

    /** @return the settings from this JVM's system properties */
    public static RunSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** @return the settings from {@code properties} (missing keys take their defaults) */
    public static RunSettings from(Properties properties) {
        Map<Object, Object> p = properties;
        String compression = get(p, "sevasurge.compression", null);
        String calendar = get(p, "sevasurge.calendar", null);
        String target = get(p, "sevasurge.target", Defaults.LOCAL_SERVICE);
        String kind = get(p, "sevasurge.kind", SEASON);
        if (!List.of(SEASON, STAIRCASE).contains(kind)) {
            throw new IllegalArgumentException(
                    "system property sevasurge.kind = '" + kind + "': accepted values: " + SEASON + ", " + STAIRCASE);
        }
        return new RunSettings(
                URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target),
                kind,
                get(p, "sevasurge.profile", Defaults.PROFILE),
                (long) number(p, "sevasurge.seed", String.valueOf(Defaults.SEED), true),
                calendar == null ? null : Path.of(calendar),
                compression == null ? null : positive(p, "sevasurge.compression", compression),
                positive(p, "sevasurge.rateFactor", "1"),
                Path.of(get(p, "sevasurge.runs.dir", Defaults.RUNS_DIR)),
                get(p, "sevasurge.run.id", null),
                positive(p, "sevasurge.injector.cores", String.valueOf(Defaults.INJECTOR_CORES)),
                !List.of("off", "false", "no")
                        .contains(get(p, "sevasurge.recording", "on").toLowerCase(Locale.ROOT)));
    }

    private static double positive(Map<Object, Object> properties, String key, String defaultValue) {
        double value = number(properties, key, defaultValue, false);
        if (!(value > 0)) {
            throw new IllegalArgumentException(
                    "system property " + key + " = " + value + ": accepted values: a number > 0");
        }
        return value;
    }

    private static double number(Map<Object, Object> properties, String key, String defaultValue, boolean whole) {
        String text = get(properties, key, defaultValue);
        try {
            return whole ? Long.parseLong(text) : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "system property " + key + " = '" + text + "': accepted values: a "
                            + (whole ? "whole number" : "number"),
                    e);
        }
    }

    private static String get(Map<Object, Object> properties, String key, String defaultValue) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank()
                ? defaultValue
                : value.toString().trim();
    }
}
