package org.sevasurge.simulations.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ack ledger: every acknowledged submission, kept in memory for the after-run check and written as a JSON line
 * to {@code ledger.jsonl}. Thread-safe. {@link #append} runs on Gatling's event loop, so it only adds the entry to a
 * list under a short lock: no formatting and no I/O there (a full buffer would otherwise write to the disk from the
 * event loop). The recorder's thread turns the new entries into lines and writes them once a second
 * ({@link #flush}) and at {@link #close}.
 */
public final class AckLedger implements AutoCloseable {
    private final JsonLines out;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private int written;

    /** @param file the ledger file, created or truncated */
    public AckLedger(Path file) {
        this.out = new JsonLines(file);
    }

    /** Appends one acknowledged submission (in memory; the file gets it at the next {@link #flush}). */
    public synchronized void append(LedgerEntry entry) {
        entries.add(entry);
    }

    /** @return a snapshot of the entries so far, in acknowledgement order */
    public synchronized List<LedgerEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** @return the number of entries so far */
    public synchronized int size() {
        return entries.size();
    }

    /** Writes the entries appended since the last flush to the file, in order; called by the recorder's thread. */
    public void flush() {
        // The file's lock orders flushes; appends only ever wait for the short copy under this ledger's lock.
        synchronized (out) {
            List<LedgerEntry> fresh;
            synchronized (this) {
                fresh = new ArrayList<>(entries.subList(written, entries.size()));
                written = entries.size();
            }
            out.write(fresh.stream().map(LedgerEntry::toJsonLine).toList());
        }
    }

    /** Writes what is left and closes the file. */
    @Override
    public void close() {
        flush();
        synchronized (out) {
            out.close();
        }
    }

    /** @return the entries of a ledger file, e.g. to check a run made elsewhere */
    public static List<LedgerEntry> read(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank())
                    .map(LedgerEntry::fromJsonLine)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
