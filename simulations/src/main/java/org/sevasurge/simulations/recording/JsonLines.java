package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON-lines file of the run folder, flushed after every write (once a second). Every line starts with {@code t},
 * epoch ms when it was made. Not thread-safe: one thread writes, or the writers lock it.
 */
final class JsonLines implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter writer;
    private long lastIntervalMillis = System.currentTimeMillis();

    JsonLines(Path file) {
        this.file = file;
        try {
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return a new line with {@code t}, epoch ms now */
    ObjectNode line() {
        return JSON.createObjectNode().put("t", System.currentTimeMillis());
    }

    /**
     * @return a new line for counts since the previous one: {@code t}, epoch ms now, and {@code ms}, how long since
     * the previous interval line (or since the file was opened)
     */
    ObjectNode intervalLine() {
        ObjectNode line = line();
        long now = line.get("t").asLong();
        line.put("ms", now - lastIntervalMillis);
        lastIntervalMillis = now;
        return line;
    }

    void write(ObjectNode line) {
        try {
            write(List.of(JSON.writeValueAsString(line)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes lines already in JSON (without line breaks), then flushes once. */
    void write(List<String> jsonLines) {
        try {
            for (String line : jsonLines) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
