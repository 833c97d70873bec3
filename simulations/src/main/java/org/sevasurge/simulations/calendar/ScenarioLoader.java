package org.sevasurge.simulations.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sevasurge.simulations.faults.FaultEntry;
import org.sevasurge.simulations.faults.FaultTarget;
import org.sevasurge.simulations.faults.Scenario;

/**
 * Reads and checks a resilience scenario file (YAML, beside the season calendar): every problem, an unknown target
 * or action, an end before its start, a time outside the run, is a {@link CalendarException} naming the file and the
 * entry, before any load starts. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    /** The scenarios shipped in this module's resources. */
    public static final String DEFAULT_RESOURCE = "resilience-scenarios.yaml";

    private static final String TIME = "a number of run seconds from 0 to the scenario's seconds";

    private ScenarioLoader() {}

    /** @return the shipped scenarios, by name in the file's order */
    public static Map<String, Scenario> loadDefault() {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CalendarException(DEFAULT_RESOURCE + ": not found on the classpath");
            }
            return parse(DEFAULT_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the scenarios of {@code file}, by name in the file's order */
    public static Map<String, Scenario> load(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CalendarException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** @return the scenarios in {@code yaml}, naming {@code source} in errors */
    public static Map<String, Scenario> parse(String source, byte[] yaml) {
        ConfigNode scenarios = ConfigNode.root(source, yaml, "the key scenarios")
                .allowOnly(Set.of("scenarios"))
                .object("scenarios");
        Map<String, Scenario> byName = new LinkedHashMap<>();
        for (String name : scenarios.keys()) {
            byName.put(name, scenario(name, scenarios.object(name)));
        }
        if (byName.isEmpty()) {
            throw new CalendarException(source + ": scenarios is empty: accepted values: one or more named scenarios");
        }
        return byName;
    }

    private static Scenario scenario(String name, ConfigNode node) {
        node.allowOnly(Set.of("description", "seconds", "load", "faults", "addedP99Millis"));
        double seconds = node.number("seconds", 10, 86_400, "a number of seconds from 10 to 86400");
        double load = node.number("load", 1, 1_000, "a percentage of the measured capacity from 1 to 1000", 50);
        double addedP99 = node.number("addedP99Millis", 1, 600_000, "milliseconds from 1 to 600000", 3_000);
        List<FaultEntry> faults = new ArrayList<>();
        for (ConfigNode entry : node.list("faults", "a list of {at, target, what, until}")) {
            faults.add(fault(entry, seconds));
        }
        return new Scenario(name, node.text("description", name), seconds, load, faults, addedP99);
    }

    private static FaultEntry fault(ConfigNode entry, double seconds) {
        entry.allowOnly(Set.of("at", "target", "what", "until"));
        String targetId = entry.text("target", null);
        if (targetId == null) {
            throw entry.error("target", "is missing", FaultTarget.accepted());
        }
        FaultTarget target = FaultTarget.byId(targetId)
                .orElseThrow(() -> entry.error(
                        "target", "= '" + targetId + "' is not a known service or part", FaultTarget.accepted()));
        String action = entry.text("what", null);
        if (action == null || !target.actions().contains(action)) {
            throw entry.error(
                    "what",
                    action == null ? "is missing" : "= '" + action + "' is not something " + target.id() + " can do",
                    String.join(", ", target.actions()));
        }
        double at = entry.number("at", 0, seconds, TIME + " (" + seconds + ")");
        double until = entry.number("until", 0, seconds, TIME + " (" + seconds + ")");
        if (until <= at) {
            throw entry.error("until", "= " + until + " is not after at = " + at, "a run second after at");
        }
        if (target.kind().changesLoad()) {
            // The injector plans the load as steps of whole seconds.
            for (String key : List.of("at", "until")) {
                double second = key.equals("at") ? at : until;
                if (second != Math.rint(second)) {
                    throw entry.error(key, "= " + second + " is not a whole second", "a whole run second");
                }
            }
        }
        return new FaultEntry(at, target, action, until);
    }
}
