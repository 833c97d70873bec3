package org.sevasurge.simulations.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a season calendar (YAML). Every problem is a {@link CalendarException} naming the file,
 * the key and the accepted values; unknown keys are rejected so that a misspelling never goes unnoticed.
 * Stateless and thread-safe.
 */
public final class CalendarLoader {
    /** The calendar shipped in this module's resources, holding the workload model's default figures. */
    public static final String DEFAULT_RESOURCE = "season-calendar.yaml";

    private static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "jpeg", "png");
    private static final double SHARE_TOLERANCE = 0.001;

    private CalendarLoader() {}

    /** @return the default calendar from the classpath */
    public static SeasonCalendar loadDefault() {
        try (InputStream in = CalendarLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CalendarException(DEFAULT_RESOURCE + ": not found on the classpath");
            }
            return parse(DEFAULT_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the calendar in {@code file}; a centre file it names is looked for beside it */
    public static SeasonCalendar load(Path file) {
        byte[] yaml;
        try {
            yaml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CalendarException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Path directory = file.toAbsolutePath().getParent();
        return parse(file.toString(), yaml, directory == null ? Path.of("") : directory);
    }

    /**
     * @return the calendar in {@code yaml}, naming {@code source} in errors; a centre file it names is looked for in
     * the working directory
     */
    public static SeasonCalendar parse(String source, byte[] yaml) {
        return parse(source, yaml, Path.of(""));
    }

    private static SeasonCalendar parse(String source, byte[] yaml, Path directory) {
        ConfigNode parsed = ConfigNode.root(
                source,
                yaml,
                "the keys volume, reference, factors, serviceMix,"
                        + " readsPerApplication, documents, operators, officers, slo, profiles, storageRunway");
        ConfigNode root = parsed.allowOnly(Set.of(
                "volume",
                "reference",
                "factors",
                "serviceMix",
                "readsPerApplication",
                "documents",
                "operators",
                "officers",
                "slo",
                "profiles",
                "storageRunway"));
        Volume volume = volume(root.object("volume"));
        ReferenceData reference = ReferenceDataReader.read(root.object("reference"), volume.centres(), directory);
        Map<String, Double> factors = factors(root.object("factors"));
        Map<RequestName, Slo> slo = SloReader.defaults(root.object("slo"));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        ConfigNode profileNodes = root.object("profiles");
        for (String name : profileNodes.keys()) {
            profiles.put(name, ProfileReader.read(name, profileNodes.object(name), factors, slo));
        }
        if (profiles.isEmpty()) {
            throw root.error("profiles", "is empty", "at least one profile, e.g. smoke");
        }
        ConfigNode officers = root.object("officers")
                .allowOnly(Set.of("approveShare", "inspectorUsername", "approverUsername", "password"));
        OfficerAccounts defaults = OfficerAccounts.REFERENCE_SERVICE;
        OfficerAccounts accounts = new OfficerAccounts(
                officers.text("inspectorUsername", defaults.inspector()),
                officers.text("approverUsername", defaults.approver()),
                officers.text("password", defaults.password()));
        Set<String> serviceCodes = new LinkedHashSet<>(reference.serviceCodes());
        return new SeasonCalendar(
                source,
                volume,
                reference,
                factors,
                shares(
                        root.object("serviceMix"),
                        serviceCodes,
                        "a share from 0 to 1 for each of the codes in reference.serviceCodes: "
                                + String.join(", ", serviceCodes)),
                reads(root.object("readsPerApplication")),
                documents(root.object("documents")),
                operators(root.object("operators")),
                officers.number("approveShare", 0, 1, "a share from 0 to 1"),
                accounts,
                profiles,
                root.has("storageRunway") ? RunwaySeasonReader.read(root.object("storageRunway")) : null);
    }

    private static Volume volume(ConfigNode node) {
        node.allowOnly(Set.of(
                "monthlyApplications",
                "growthFactor",
                "workingDaysPerMonth",
                "officeOpens",
                "officeCloses",
                "centres"));
        var volume = new Volume(
                node.whole("monthlyApplications", 1, 1_000_000_000_000L),
                node.number("growthFactor", 0.01, 1000, "a number from 0.01 to 1000 (2.12 for 112 % growth)"),
                (int) node.whole("workingDaysPerMonth", 1, 31),
                node.time("officeOpens"),
                node.time("officeCloses"),
                (int) node.whole("centres", 1, 1_000_000));
        if (!volume.officeCloses().isAfter(volume.officeOpens())) {
            throw node.error(
                    "officeCloses",
                    "= \"" + volume.officeCloses() + "\" is not after officeOpens",
                    "a time of day after officeOpens");
        }
        return volume;
    }

    private static Map<String, Double> factors(ConfigNode node) {
        Map<String, Double> factors = new LinkedHashMap<>();
        for (String name : node.keys()) {
            factors.put(name, node.number(name, 1e-6, 1e6, "a number > 0 (a multiplier)"));
        }
        if (!factors.containsKey(SeasonCalendar.PEAK_MONTH)) {
            throw node.error(SeasonCalendar.PEAK_MONTH, "is missing", "a number > 0 (3.0 for the admission season)");
        }
        return Map.copyOf(factors);
    }

    private static Map<String, Double> shares(ConfigNode node, Set<String> accepted, String description) {
        node.allowOnly(accepted);
        Map<String, Double> shares = new LinkedHashMap<>();
        double sum = 0;
        for (String key : node.keys()) {
            double share = node.number(key, 0, 1, description);
            shares.put(key, share);
            sum += share;
        }
        if (Math.abs(sum - 1.0) > SHARE_TOLERANCE) {
            throw node.selfError("adds up to " + sum, description + ", adding up to 1");
        }
        return Collections.unmodifiableMap(shares);
    }

    private static ReadsPerApplication reads(ConfigNode node) {
        node.allowOnly(Set.of("statusChecks", "certificateDownloads", "verifications", "officerViews"));
        String accepted = "a number from 0 to 1000 (per application)";
        double officerViews = node.number(
                "officerViews",
                2,
                1000,
                "a number from 2 to 1000 (an officer sees the queue and the application at least once)");
        return new ReadsPerApplication(
                node.number("statusChecks", 0, 1000, accepted),
                node.number("certificateDownloads", 0, 1000, accepted),
                node.number("verifications", 0, 1000, accepted),
                officerViews);
    }

    private static DocumentModel documents(ConfigNode node) {
        node.allowOnly(Set.of(
                "minPerApplication", "maxPerApplication", "medianSizeBytes", "sizeSigma", "maxSizeBytes", "typeMix"));
        int min = (int) node.whole("minPerApplication", 1, 6);
        int max = (int) node.whole("maxPerApplication", min, 6);
        long maxSize = node.whole("maxSizeBytes", 64, 2L * 1024 * 1024);
        return new DocumentModel(
                min,
                max,
                node.whole("medianSizeBytes", 64, maxSize),
                node.number("sizeSigma", 0, 3, "a number from 0 to 3 (log-normal shape)"),
                maxSize,
                shares(node.object("typeMix"), DOCUMENT_TYPES, "a share from 0 to 1 for each of pdf, jpeg, png"));
    }

    private static Operators operators(ConfigNode node) {
        node.allowOnly(Set.of("thinkSeconds", "expectedResponseSeconds", "maxAttempts", "maxRetryAfterSeconds"));
        return new Operators(
                node.number("thinkSeconds", 0.1, 3600, "a number of seconds from 0.1 to 3600"),
                node.number("expectedResponseSeconds", 0, 60, "a number of seconds from 0 to 60"),
                (int) node.whole("maxAttempts", 1, 10),
                node.number("maxRetryAfterSeconds", 0, 600, "a number of seconds from 0 to 600"));
    }
}
