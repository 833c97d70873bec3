package org.sevasurge.capacity.runway;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A volume's projection over the season: the bytes in use at the end of every day and the first day on which each
 * watermark is reached. Immutable.
 *
 * @param volume     what was projected
 * @param watermarks the watermarks
 * @param season     the season
 * @param days       one entry per season day
 * @param crossings  the first day whose end finds the volume at or above each watermark (absent: not in the season)
 */
public record Runway(
        VolumeSpec volume,
        Watermarks watermarks,
        SeasonDates season,
        List<RunwayDay> days,
        Map<Watermarks.Level, LocalDate> crossings) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public Runway {
        days = List.copyOf(days);
        crossings = crossings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(crossings));
    }

    /** @return the projection of {@code volume} over {@code season}; pure */
    public static Runway project(VolumeSpec volume, Watermarks watermarks, SeasonDates season) {
        List<RunwayDay> days = new ArrayList<>();
        Map<Watermarks.Level, LocalDate> crossings = new EnumMap<>(Watermarks.Level.class);
        double used = volume.usedBytes();
        for (LocalDate day = season.start(); !day.isAfter(season.end()); day = day.plusDays(1)) {
            // A volume holds no more than its size: past it every write fails (and past flood, none is tried).
            used = Math.min(volume.sizeBytes(), used + season.applicationsOn(day) * volume.bytesPerApplication());
            double share = used / volume.sizeBytes();
            days.add(new RunwayDay(day, used, share));
            for (Watermarks.Level level : Watermarks.Level.values()) {
                if (share >= watermarks.share(level) - 1e-12 && !crossings.containsKey(level)) {
                    crossings.put(level, day);
                }
            }
        }
        return new Runway(volume, watermarks, season, days, crossings);
    }

    /** @return the day {@code level} is reached, or null if not within the season */
    public @Nullable LocalDate reached(Watermarks.Level level) {
        return crossings.get(level);
    }

    /** @return days from the season's start to the day {@code level} is reached (0: its first day), or -1 */
    public long daysIntoSeason(Watermarks.Level level) {
        LocalDate day = reached(level);
        return day == null ? -1 : day.toEpochDay() - season.start().toEpochDay();
    }

    /** @return the share in use at the season's end */
    public double finalShare() {
        return days.isEmpty()
                ? volume.usedBytes() / volume.sizeBytes()
                : days.get(days.size() - 1).share();
    }

    /**
     * @return one sentence for people, e.g. {@code the documents volume reaches flood stage (95 %) on 14 July 2027,
     * 19 days into the season}
     */
    public String sentence() {
        for (Watermarks.Level level : List.of(Watermarks.Level.FLOOD, Watermarks.Level.HIGH, Watermarks.Level.LOW)) {
            LocalDate day = reached(level);
            if (day != null) {
                String stage = switch (level) {
                    case FLOOD -> "flood stage";
                    case HIGH -> "its high watermark";
                    case LOW -> "its low watermark";
                };
                return String.format(
                        Locale.ROOT,
                        "the %s volume reaches %s (%.0f %%) on %s, %s",
                        volume.name(),
                        stage,
                        100 * watermarks.share(level),
                        DAY.format(day),
                        daysIntoSeason(level) == 0
                                ? "its first day"
                                : daysIntoSeason(level) + (daysIntoSeason(level) == 1 ? " day" : " days")
                                        + " into the season");
            }
        }
        return String.format(
                Locale.ROOT,
                "the %s volume stays below its low watermark (%.0f %%) through the season:" + " %.0f %% in use on %s",
                volume.name(),
                100 * watermarks.low(),
                100 * finalShare(),
                DAY.format(season.end()));
    }
}
