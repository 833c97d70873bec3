package org.sevasurge.capacity.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sevasurge.capacity.BadInputException;

/** Reads JSON and JSON-lines files of a run folder with errors that name the file, line and field. Stateless. */
final class JsonFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonFiles() {}

    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": missing");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    /**
     * @return every line of a JSON-lines file as a node, an empty list if the file is missing; a last line cut
     * short (the writer was killed mid-line) is skipped, any other bad line is an error naming it
     */
    static List<JsonNode> lines(Path file) {
        List<JsonNode> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            String pendingBad = null;
            int number = 0;
            int badNumber = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (pendingBad != null) {
                    throw new BadInputException(
                            file + " line " + badNumber + ": not valid JSON: " + abbreviate(pendingBad));
                }
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    pendingBad = line;
                    badNumber = number;
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return lines;
    }

    static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadInputException(file + ": field '" + field + "' is missing");
        }
        return value;
    }

    static double number(JsonNode node, String field, Path file) {
        JsonNode value = required(node, field, file);
        if (!value.isNumber()) {
            throw new BadInputException(file + ": field '" + field + "' = " + value + ": accepted values: a number");
        }
        return value.asDouble();
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }
}
