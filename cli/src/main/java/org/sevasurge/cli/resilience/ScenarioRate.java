package org.sevasurge.cli.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.search.CapacityJson;

/**
 * The season mix's measured capacity from the newest {@code capacity.json} under the runs folder (a search of the
 * season mix whose status is FOUND), which the scenarios' load is a share of. Stateless.
 */
final class ScenarioRate {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioRate() {}

    /** The capacity a share is taken of, and where it came from. */
    record Capacity(double perSecond, Path file) {}

    /** @return the newest season-mix capacity, or a {@link BadInputException} saying how to get one */
    static Capacity newest(Path runsDir) {
        return find(runsDir)
                .orElseThrow(() -> new BadInputException("no capacity.json of a season-mix search with"
                        + " a capacity found under " + runsDir + ": run './sevasurge capacity' first, or give --rate"
                        + " SUBMISSIONS_PER_SECOND"));
    }

    static Optional<Capacity> find(Path runsDir) {
        if (!Files.isDirectory(runsDir)) {
            return Optional.empty();
        }
        List<Path> candidates;
        try (Stream<Path> folders = Files.list(runsDir)) {
            candidates = folders.map(folder -> folder.resolve(CapacityJson.FILE))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path file) ->
                                    file.getParent().getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(runsDir + ": cannot list (" + e.getMessage() + ")", e);
        }
        for (Path file : candidates) {
            try {
                JsonNode capacity = JSON.readTree(file.toFile());
                if ("season-mix".equals(capacity.path("journey").asText())
                        && "FOUND".equals(capacity.path("status").asText())
                        && capacity.path("capacityPerSecond").asDouble() > 0) {
                    return Optional.of(
                            new Capacity(capacity.get("capacityPerSecond").asDouble(), file));
                }
            } catch (IOException e) {
                throw new BadInputException(file + ": not valid JSON (" + e.getMessage() + ")", e);
            }
        }
        return Optional.empty();
    }
}
