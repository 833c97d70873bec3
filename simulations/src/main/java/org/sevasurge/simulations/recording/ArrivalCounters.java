package org.sevasurge.simulations.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts journey arrivals (virtual users the injector started) and skips (arrivals that found nothing to act on
 * yet) per second into {@code arrivals.jsonl}: {@code t} (epoch ms at the end of the second), {@code ms} (its
 * length), {@code arrived} and {@code skipped} per journey id. Compared with the plan's offered rate, the arrivals
 * tell whether the injector kept its schedule. {@link #arrived} and {@link #skip} are thread-safe and
 * allocation-free; {@link #flush} runs on the recorder's one thread.
 */
public final class ArrivalCounters implements AutoCloseable {
    private final Map<String, LongAdder> arrived = new LinkedHashMap<>();
    private final Map<String, LongAdder> skipped = new LinkedHashMap<>();
    private final JsonLines out;

    /** @param journeys the journey ids of the run; @param file the JSON-lines file */
    public ArrivalCounters(Collection<String> journeys, Path file) {
        for (String journey : journeys) {
            arrived.put(journey, new LongAdder());
            skipped.put(journey, new LongAdder());
        }
        this.out = new JsonLines(file);
    }

    /** Counts one arrival of {@code journey}. */
    public void arrived(String journey) {
        counter(arrived, journey).increment();
    }

    /** Counts one arrival of {@code journey} that had nothing to act on (it also counts as arrived). */
    public void skip(String journey) {
        arrived(journey);
        counter(skipped, journey).increment();
    }

    private static LongAdder counter(Map<String, LongAdder> counters, String journey) {
        LongAdder counter = counters.get(journey);
        if (counter == null) {
            throw new IllegalArgumentException("journey " + journey + " is not in this run: " + counters.keySet());
        }
        return counter;
    }

    /** Writes the counts since the last flush and resets them. */
    public synchronized void flush() {
        ObjectNode line = out.intervalLine();
        ObjectNode a = line.putObject("arrived");
        arrived.forEach((journey, counter) -> a.put(journey, counter.sumThenReset()));
        ObjectNode s = line.putObject("skipped");
        skipped.forEach((journey, counter) -> s.put(journey, counter.sumThenReset()));
        out.write(line);
    }

    @Override
    public synchronized void close() {
        out.close();
    }
}
