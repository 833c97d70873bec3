package org.sevasurge.simulations.recording;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ack ledger: every acknowledged submission, appended as a JSON line to {@code ledger.jsonl} and kept in
 * memory for the after-run check. Thread-safe: {@link #append} takes a short lock (a buffered write, no I/O);
 * the file is flushed once a second by the recorder's thread and at {@link #close}.
 */
public final class AckLedger implements AutoCloseable {
    private final Path file;
    private final BufferedWriter writer;
    private final List<LedgerEntry> entries = new ArrayList<>();

    /** @param file the ledger file, created or truncated */
    public AckLedger(Path file) {
        this.file = file;
        try {
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Appends one acknowledged submission. */
    public void append(LedgerEntry entry) {
        String line = entry.toJsonLine();
        synchronized (this) {
            entries.add(entry);
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    /** @return a snapshot of the entries so far, in acknowledgement order */
    public synchronized List<LedgerEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** @return the number of entries so far */
    public synchronized int size() {
        return entries.size();
    }

    /** Writes buffered lines to the file. */
    public synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return the entries of a ledger file, e.g. to check a run made elsewhere */
    public static List<LedgerEntry> read(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).map(LedgerEntry::fromJsonLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
