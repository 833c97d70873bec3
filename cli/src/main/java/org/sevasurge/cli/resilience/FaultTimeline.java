package org.sevasurge.cli.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sevasurge.capacity.resilience.FaultWindow;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.simulations.faults.FaultEntry;

/**
 * Applies a scenario's faults on schedule on a thread of its own: it waits for the run's second 0 (run.json's
 * {@code loadStartedAtMillis}), then causes and heals each fault at its run seconds, and appends each fault's real
 * start and end to {@code faults.jsonl} once it is healed. {@link #close()} heals whatever is still in effect (the
 * injector ended early) and records it. Thread-safe: one timeline thread, close from the owner.
 */
final class FaultTimeline implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 100;

    private final Path runDir;
    private final List<FaultEntry> faults;
    private final FaultActions actions;
    private final PrintWriter out;
    private final Thread thread;
    private final List<@Nullable Long> started = new ArrayList<>();
    private final List<Boolean> healed = new ArrayList<>();
    private volatile @Nullable Exception failure;
    private volatile long loadStart;

    FaultTimeline(Path runDir, List<FaultEntry> faults, FaultActions actions, PrintWriter out) {
        this.runDir = runDir;
        this.faults = List.copyOf(faults);
        this.actions = actions;
        this.out = out;
        for (int i = 0; i < faults.size(); i++) {
            started.add(null);
            healed.add(false);
        }
        this.thread = new Thread(this::play, "fault-timeline");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** @return the first failure to cause or heal a fault, or null */
    @Nullable
    Exception failure() {
        return failure;
    }

    private void play() {
        try {
            loadStart = awaitLoadStart();
            record Event(double second, int fault, boolean cause) {}
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < faults.size(); i++) {
                events.add(new Event(faults.get(i).atSeconds(), i, true));
                events.add(new Event(faults.get(i).untilSeconds(), i, false));
            }
            events.sort(Comparator.comparingDouble(Event::second));
            for (Event event : events) {
                long wait = loadStart + (long) (event.second() * 1000) - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                try {
                    if (event.cause()) {
                        cause(event.fault());
                    } else {
                        heal(event.fault());
                    }
                } catch (IOException | RuntimeException e) {
                    // Recorded for the verdict; the rest of the timeline still runs, so what was caused is healed.
                    failure = failure == null ? e : failure;
                    say("a fault could not be applied: " + e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cause(int index) throws IOException, InterruptedException {
        FaultEntry fault = faults.get(index);
        try {
            actions.cause(fault);
        } finally {
            // Even a cause that failed half-way (a fill cut short) may be in effect: it is healed like any other.
            synchronized (this) {
                started.set(index, System.currentTimeMillis());
            }
        }
        say(String.format(
                Locale.ROOT,
                "fault %s in effect at run second %.1f",
                fault.describe(),
                (System.currentTimeMillis() - loadStart) / 1000.0));
    }

    private void heal(int index) throws IOException, InterruptedException {
        FaultEntry fault = faults.get(index);
        synchronized (this) {
            if (started.get(index) == null || healed.get(index)) {
                return;
            }
            healed.set(index, true);
        }
        actions.heal(fault);
        long ended = System.currentTimeMillis();
        say(String.format(
                Locale.ROOT, "fault %s healed at run second %.1f", fault.describe(), (ended - loadStart) / 1000.0));
        FaultWindow window = new FaultWindow(
                fault.target().id(),
                fault.target().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                fault.action(),
                fault.atSeconds(),
                fault.untilSeconds(),
                started.get(index),
                ended);
        synchronized (this) {
            Files.writeString(
                    runDir.resolve(RunLayout.FAULTS),
                    window.toJsonLine() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private long awaitLoadStart() throws InterruptedException {
        Path file = runDir.resolve(RunLayout.RUN_JSON);
        while (true) {
            try {
                if (Files.isRegularFile(file)) {
                    JsonNode run = JSON.readTree(file.toFile());
                    if (run.path("loadStarted").asBoolean(false)) {
                        return run.path("loadStartedAtMillis").asLong();
                    }
                }
            } catch (IOException rewrittenWhileRead) {
                // The injector rewrites run.json while we read it: try again.
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void say(String line) {
        synchronized (out) {
            out.println("sevasurge: " + line);
            out.flush();
        }
    }

    /** Stops the timeline and heals every fault still in effect, recording it. */
    @Override
    public void close() throws Exception {
        thread.interrupt();
        thread.join(60_000);
        for (int i = 0; i < faults.size(); i++) {
            heal(i);
        }
    }
}
