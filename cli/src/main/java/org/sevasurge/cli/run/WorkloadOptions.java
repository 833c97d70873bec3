package org.sevasurge.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.SeasonCalendar;
import org.sevasurge.simulations.run.Defaults;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The generated workload: {@code --seed} and {@code --calendar} (a picocli mixin). */
public final class WorkloadOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "" + Defaults.SEED,
            description = "the seed of the generated applications and documents (default ${DEFAULT-VALUE})")
    long seed;

    Path calendar;

    @Option(
            names = "--calendar",
            paramLabel = "FILE",
            description = "your own season-calendar.yaml (default: the shipped one, with the workload model's figures)")
    void calendar(Path value) {
        if (!Files.isRegularFile(value)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--calendar " + value + ": no such file; accepted values: a season-calendar.yaml file");
        }
        calendar = value.toAbsolutePath().normalize();
    }

    public long seed() {
        return seed;
    }

    /** @return the calendar file, or null for the shipped one */
    public @Nullable Path calendarFile() {
        return calendar;
    }

    /** @return the calendar, loaded and checked (a bad file names the key and the accepted values) */
    public SeasonCalendar load() {
        return calendar == null ? CalendarLoader.loadDefault() : CalendarLoader.load(calendar);
    }
}
