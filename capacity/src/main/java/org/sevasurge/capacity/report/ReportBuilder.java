package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.merge.RunMerger;
import org.sevasurge.capacity.readiness.Peak;
import org.sevasurge.capacity.readiness.ReadinessInputs;
import org.sevasurge.capacity.readiness.ReadinessRules;
import org.sevasurge.capacity.readiness.SeasonVerdict;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runway.Runway;
import org.sevasurge.capacity.search.CapacityJson;
import org.sevasurge.capacity.sizing.InstanceRow;
import org.sevasurge.capacity.sizing.Sizing;
import org.sevasurge.capacity.verdict.LedgerResult;

/**
 * Assembles a {@link Report} from run folders. The first folder is the subject: a capacity search (then any further
 * folders, searches or season runs, only add windows to the service-demand regression, e.g. single-journey searches
 * that separate the classes a season mix moves together), or a season run (then any further folders must be other
 * injectors' folders of the same plan, and they are merged into {@code mergeDir} first). Stateless.
 */
public final class ReportBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DEFAULT_TARGET_UTILISATION = 0.7;

    private ReportBuilder() {}

    /**
     * @param folders  the run folders, subject first
     * @param mergeDir where several season folders are merged
     * @param in       the planner's figures
     * @return the report; a {@link BadInputException} naming the folder or file for anything unusable
     */
    public static Report build(List<Path> folders, Path mergeDir, ReportInputs in) {
        if (folders.isEmpty()) {
            throw new BadInputException("no run folder given: name at least one RUN_DIR");
        }
        List<JsonNode> runJsons = folders.stream().map(ReportBuilder::runJson).toList();
        List<Report.RunRef> refs = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            JsonNode r = runJsons.get(i);
            refs.add(new Report.RunRef(
                    r.path("runId").asText(),
                    r.path("kind").asText(),
                    r.path("profile").asText(),
                    folders.get(i).toAbsolutePath().normalize().toString(),
                    text(r.path("gitRevision")),
                    text(r.path("startedAt"))));
        }
        Subject subject;
        List<LoadRunFolder> demandRuns = new ArrayList<>();
        int injectors = 1;
        if (RunLayout.KIND_CAPACITY.equals(runJsons.get(0).path("kind").asText())) {
            JsonNode capacity = capacityJson(folders.get(0));
            double target = in.targetUtilisation() != null
                    ? in.targetUtilisation()
                    : capacity.path("parameters").path("targetUtilisation").asDouble(DEFAULT_TARGET_UTILISATION);
            subject = SearchSubject.of(folders.get(0), capacity, refs, target);
            demandRuns.addAll(subject.loadRuns());
            for (int i = 1; i < folders.size(); i++) {
                demandRuns.addAll(loadRunsOf(folders.get(i), runJsons.get(i)));
            }
        } else {
            List<LoadRunFolder> runs = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                if (RunLayout.KIND_CAPACITY.equals(runJsons.get(i).path("kind").asText())) {
                    throw new BadInputException(folders.get(i) + ": a capacity search after a season run; name the"
                            + " search first (a season run is merged only with other injectors' folders of its plan)");
                }
                runs.add(LoadRunFolder.open(folders.get(i)));
            }
            injectors = runs.size();
            LoadRunFolder run = runs.size() == 1 ? runs.get(0) : RunMerger.merge(runs, mergeDir);
            subject = SeasonSubject.of(run, refs);
            demandRuns.add(run);
        }
        return assemble(subject, demandRuns, injectors, in);
    }

    private static Report assemble(Subject subject, List<LoadRunFolder> demandRuns, int injectors, ReportInputs in) {
        CapacitySection capacity = withSizing(subject.capacity(), in);
        Double perInstance = capacity != null && subject.capacityNote().isEmpty() ? capacity.perInstance() : null;
        String[] runwayProblem = new String[1];
        List<Runway> runways = StorageFigures.runways(
                subject.loadRuns(), subject.footprint(), in.volumes(), in.watermarks(), in.season(), runwayProblem);
        double target = capacity != null
                ? capacity.targetUtilisation()
                : in.targetUtilisation() != null ? in.targetUtilisation() : DEFAULT_TARGET_UTILISATION;
        SeasonVerdict verdict = ReadinessRules.judge(new ReadinessInputs(
                in.instances(),
                perInstance,
                subject.capacityNote(),
                target,
                in.peaks(),
                runways,
                runwayProblem[0],
                subject.ledger(),
                subject.runFailures(),
                subject.invalid()));
        List<Report.ReasonRow> reasons = verdict.reasons().stream()
                .map(r -> new Report.ReasonRow(r.code().name(), r.sets().name(), r.text(), r.figures()))
                .toList();
        return new Report(
                Report.SCHEMA,
                Report.VERSION,
                Instant.now().toString(),
                subject.title(),
                subject.runs(),
                injectors,
                new Report.VerdictSection(
                        verdict.readiness().name(),
                        verdict.readiness().label(),
                        verdict.instances(),
                        verdict.line(),
                        reasons),
                subject.result(),
                capacity,
                subject.steps(),
                slos(subject.loadRuns()),
                subject.requests(),
                subject.usl(),
                DemandFigures.section(demandRuns, in),
                StorageFigures.section(subject.footprint(), in.watermarks(), in.season(), runways, runwayProblem[0]),
                TimelineReader.of(subject.loadRuns()),
                ledger(subject.ledger()),
                in.resilience() == null ? null : ResilienceSection.read(in.resilience()));
    }

    private static CapacitySection withSizing(CapacitySection capacity, ReportInputs in) {
        if (capacity == null
                || capacity.perInstance() == null
                || !SearchSubject.SEASON_MIX.equals(capacity.searched())) {
            return capacity;
        }
        double target = in.targetUtilisation() != null ? in.targetUtilisation() : capacity.targetUtilisation();
        List<CapacitySection.SizingTable> tables = new ArrayList<>();
        for (Peak peak : in.peaks()) {
            Sizing sizing = Sizing.of(peak.name(), peak.perSecond(), capacity.perInstance(), target);
            List<CapacitySection.SizingRow> rows = new ArrayList<>();
            for (InstanceRow row : sizing.rows()) {
                rows.add(new CapacitySection.SizingRow(
                        row.label(), row.instances(), row.utilisation(), row.waitingProbability()));
            }
            tables.add(new CapacitySection.SizingTable(peak.name(), peak.perSecond(), rows));
        }
        return new CapacitySection(
                capacity.status(),
                capacity.searched(),
                capacity.unit(),
                capacity.perInstance(),
                capacity.limitAtPerSecond(),
                capacity.limitReason(),
                capacity.line(),
                target,
                tables);
    }

    private static java.util.Map<String, Report.SloRow> slos(List<LoadRunFolder> runs) {
        java.util.Map<String, Report.SloRow> slos = new java.util.TreeMap<>();
        if (!runs.isEmpty()) {
            runs.get(0)
                    .info()
                    .slos()
                    .forEach((request, slo) -> slos.put(
                            request, new Report.SloRow(slo.p95Millis(), slo.p99Millis(), slo.maxErrorPercent())));
        }
        return slos;
    }

    private static Report.LedgerSection ledger(LedgerResult ledger) {
        return ledger == null
                ? null
                : new Report.LedgerSection(
                        ledger.intact(),
                        ledger.acknowledged(),
                        ledger.readBack(),
                        ledger.lost(),
                        ledger.changed(),
                        ledger.duplicated(),
                        ledger.unreadable(),
                        ledger.describe());
    }

    private static List<LoadRunFolder> loadRunsOf(Path dir, JsonNode runJson) {
        if (!RunLayout.KIND_CAPACITY.equals(runJson.path("kind").asText())) {
            return List.of(LoadRunFolder.open(dir));
        }
        List<LoadRunFolder> runs = new ArrayList<>();
        for (JsonNode staircase : runJson.path("staircases")) {
            runs.add(LoadRunFolder.open(dir.resolve(staircase.asText())));
        }
        return runs;
    }

    private static JsonNode runJson(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such run folder");
        }
        Path file = dir.resolve(RunLayout.RUN_JSON);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + ": not a Seva Surge run folder (no " + RunLayout.RUN_JSON + ")");
        }
        JsonNode root = read(file);
        if (!RunLayout.SCHEMA.equals(root.path("schema").asText())) {
            throw new BadInputException(file + ": not a Seva Surge run (field 'schema' is '"
                    + root.path("schema").asText() + "', expected '" + RunLayout.SCHEMA + "')");
        }
        if (root.path("schemaVersion").asInt(-1) != RunLayout.VERSION) {
            throw new BadInputException(
                    file + ": schemaVersion " + root.path("schemaVersion") + " is not supported:" + " accepted values: "
                            + RunLayout.VERSION + " (analyse it with the Seva Surge version that wrote it)");
        }
        return root;
    }

    private static JsonNode capacityJson(Path dir) {
        Path file = dir.resolve(CapacityJson.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(
                    dir + ": a capacity search without " + CapacityJson.FILE + " (it did not finish)");
        }
        JsonNode root = read(file);
        if (root.path("schemaVersion").asInt(-1) != CapacityJson.VERSION) {
            throw new BadInputException(file + ": schemaVersion " + root.path("schemaVersion") + " is not supported:"
                    + " accepted values: " + CapacityJson.VERSION);
        }
        return root;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
