package org.sevasurge.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.readiness.Peak;
import org.sevasurge.capacity.report.ReportInputs;
import org.sevasurge.capacity.report.VolumeOption;
import org.sevasurge.capacity.runway.SeasonDates;
import org.sevasurge.capacity.runway.Watermarks;
import org.sevasurge.cli.capacity.SeasonPeaks;
import org.sevasurge.cli.run.Home;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.RunwaySeason;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import picocli.CommandLine.Option;

/**
 * The planner's figures a report is judged with (a picocli mixin, also given defaults when {@code season} or
 * {@code capacity} write their report): instances, volume sizes, watermarks, the calendar, the JMH results. Every
 * bad value is an {@link IllegalArgumentException} naming the option and what is accepted (exit 2).
 */
public final class ReportOptions {
    private static final Set<String> VOLUMES = Set.of("documents", "database");

    @Option(
            names = "--instances",
            paramLabel = "N",
            defaultValue = "1",
            description = "instances the state runs next season (default ${DEFAULT-VALUE})")
    int instances = 1;

    @Option(
            names = "--volume-size",
            paramLabel = "NAME=SIZE",
            description = "a volume's size, e.g. documents=2TB (repeatable; default: measured by the storage guard)")
    List<String> volumeSizes = new ArrayList<>();

    @Option(
            names = "--volume-used",
            paramLabel = "NAME=SIZE",
            description = "in use when the season starts, e.g. documents=1.2TB (default: measured, or 0 with"
                    + " --volume-size)")
    List<String> volumeUsed = new ArrayList<>();

    @Option(
            names = "--watermarks",
            paramLabel = "LOW,HIGH,FLOOD",
            defaultValue = "85,90,95",
            description = "the storage guard's watermarks in percent (default ${DEFAULT-VALUE}, the service's)")
    String watermarks = "85,90,95";

    @Option(
            names = "--target-utilisation",
            paramLabel = "PERCENT",
            description = "the utilisation planned at the busy hour (default: the search's, else 70)")
    Double targetUtilisation;

    @Option(
            names = "--calendar",
            paramLabel = "FILE",
            description = "the season calendar for the peaks and the runway (default: the shipped one)")
    Path calendar;

    @Option(
            names = "--bench",
            paramLabel = "FILE",
            description = "JMH results.json to set beside the service demands (default: the newest under"
                    + " target/sevasurge/bench/)")
    Path bench;

    @Option(
            names = "--resilience",
            paramLabel = "DIR",
            description = "a './sevasurge resilience' run's folder (or its resilience.json): its scorecard goes into"
                    + " the report")
    @Nullable
    Path resilience;

    /** @return the inputs; an {@link IllegalArgumentException} naming the option for any bad value */
    public ReportInputs inputs() {
        if (instances < 1 || instances > 10_000) {
            throw new IllegalArgumentException("--instances " + instances + ": accepted values: 1 to 10000");
        }
        if (calendar != null && !Files.isRegularFile(calendar)) {
            throw new IllegalArgumentException("--calendar " + calendar + ": no such file");
        }
        if (bench != null && !Files.isRegularFile(bench)) {
            throw new IllegalArgumentException("--bench " + bench + ": no such file; accepted: JMH's results.json");
        }
        if (targetUtilisation != null && !(targetUtilisation > 0 && targetUtilisation <= 100)) {
            throw new IllegalArgumentException("--target-utilisation " + targetUtilisation
                    + ": accepted values: a percentage above 0, at most 100");
        }
        if (resilience != null
                && !Files.isRegularFile(resilience.resolve("resilience.json"))
                && !Files.isRegularFile(resilience)) {
            throw new IllegalArgumentException("--resilience " + resilience + ": no resilience.json there; accepted:"
                    + " the folder of a './sevasurge resilience' run or its resilience.json");
        }
        SeasonCalendar season = calendar == null ? CalendarLoader.loadDefault() : CalendarLoader.load(calendar);
        List<Peak> peaks = new ArrayList<>();
        for (SeasonPeaks.Peak peak : SeasonPeaks.of(season)) {
            peaks.add(new Peak(
                    peak.name(),
                    peak.submissionsPerSecond(),
                    SeasonPeaks.BUSY_HOUR.equals(peak.factor()) ? Peak.BUSY_HOUR : Peak.RESULTS_DAY));
        }
        RunwaySeason runway = season.runway();
        SeasonDates dates = runway == null
                ? null
                : new SeasonDates(
                        runway.seasonStart(),
                        runway.seasonEnd(),
                        season.volume().monthlyApplications(),
                        season.volume().growthFactor(),
                        runway.monthFactors());
        double documents =
                (season.documents().minPerApplication() + season.documents().maxPerApplication()) / 2.0;
        return new ReportInputs(
                instances,
                peaks,
                targetUtilisation == null ? null : targetUtilisation / 100,
                dates,
                watermarks(),
                volumes(),
                bench,
                Home.dir().resolve("target").resolve("sevasurge").resolve("bench"),
                documents,
                resilience);
    }

    private Watermarks watermarks() {
        String[] parts = watermarks.split(",");
        String accepted = ": accepted values: three rising percentages LOW,HIGH,FLOOD up to 100, e.g. 85,90,95";
        if (parts.length != 3) {
            throw new IllegalArgumentException("--watermarks '" + watermarks + "'" + accepted);
        }
        try {
            return new Watermarks(
                    Double.parseDouble(parts[0].strip().replace("%", "")) / 100,
                    Double.parseDouble(parts[1].strip().replace("%", "")) / 100,
                    Double.parseDouble(parts[2].strip().replace("%", "")) / 100);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--watermarks '" + watermarks + "'" + accepted, e);
        }
    }

    private Map<String, VolumeOption> volumes() {
        Map<String, Double> sizes = sizes("--volume-size", volumeSizes);
        Map<String, Double> used = sizes("--volume-used", volumeUsed);
        Map<String, VolumeOption> volumes = new LinkedHashMap<>();
        for (String name : VOLUMES) {
            if (sizes.containsKey(name) || used.containsKey(name)) {
                Double size = sizes.get(name);
                Double inUse = used.get(name);
                if (size != null && inUse != null && inUse > size) {
                    throw new IllegalArgumentException("--volume-used " + name + "=" + bytes(inUse) + " is larger than"
                            + " --volume-size " + name + "=" + bytes(size) + ": accepted values: a use no larger than"
                            + " the volume's size");
                }
                volumes.put(name, new VolumeOption(size, inUse));
            }
        }
        return volumes;
    }

    private static Map<String, Double> sizes(String option, List<String> values) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (String value : values) {
            SizeOption size = SizeOption.parse(option, value);
            if (!VOLUMES.contains(size.volume())) {
                throw new IllegalArgumentException(option + " '" + value + "': volume '" + size.volume()
                        + "' is not known: accepted values: " + SizeOption.FORMAT);
            }
            if (option.equals("--volume-size") && !(size.bytes() > 0)) {
                throw new IllegalArgumentException(option + " '" + value + "': accepted values: a size above 0");
            }
            sizes.put(size.volume(), size.bytes());
        }
        return sizes;
    }

    private static String bytes(double value) {
        return String.format(java.util.Locale.ROOT, "%.0f bytes", value);
    }
}
