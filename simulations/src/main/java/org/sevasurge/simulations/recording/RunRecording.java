package org.sevasurge.simulations.recording;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything recorded during a run, with its two background threads: one writes latency intervals, arrival and
 * response counts, ledger lines and the injector's CPU every second; the other scrapes the service's /metrics
 * every second (a slow scrape must not delay the latency intervals). Start once, close once; the handles it gives
 * out are thread-safe as documented on each.
 */
public final class RunRecording implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecording.class);

    private final RunFolder folder;
    private final LatencyRecorder latency;
    private final ResponseCounters responses;
    private final ArrivalCounters arrivals;
    private final AckLedger ledger;
    private final ServerMetricsScraper scraper;
    private final InjectorCpuSampler cpu;
    private final ScheduledExecutorService writerThread =
            Executors.newSingleThreadScheduledExecutor(daemon("sevasurge-recorder"));
    private final ScheduledExecutorService scrapeThread =
            Executors.newSingleThreadScheduledExecutor(daemon("sevasurge-scraper"));

    /**
     * @param folder       the run folder
     * @param target       the service's base URL, for /metrics
     * @param requestNames the request names to keep latency logs and response counts for
     * @param journeys     the journey ids to count arrivals of
     * @param startMillis  epoch milliseconds of the start (the logs' base time)
     */
    public RunRecording(
            RunFolder folder, URI target, Collection<String> requestNames, List<String> journeys, long startMillis) {
        this.folder = folder;
        this.latency = new LatencyRecorder(folder.latencyDir(), requestNames, startMillis);
        this.responses = new ResponseCounters(requestNames, folder.responses());
        this.arrivals = new ArrivalCounters(journeys, folder.arrivals());
        this.ledger = new AckLedger(folder.ledger());
        this.scraper = new ServerMetricsScraper(target, folder.serverMetrics());
        this.cpu = new InjectorCpuSampler(folder.injectorMetrics());
    }

    /** Starts the once-a-second work. */
    public void start() {
        writerThread.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        scrapeThread.scheduleAtFixedRate(guarded(scraper::scrape), 0, 1, TimeUnit.SECONDS);
    }

    /** Starts only the injector's CPU sampling: the bare-Gatling baseline of the overhead comparison. */
    public void startCpuOnly() {
        writerThread.scheduleAtFixedRate(guarded(cpu::sample), 1, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        guarded(latency::flush).run();
        guarded(responses::flush).run();
        guarded(arrivals::flush).run();
        guarded(ledger::flush).run();
        guarded(cpu::sample).run();
    }

    private static Runnable guarded(Runnable work) {
        // An exception would cancel the schedule silently; log it and keep recording.
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("recording step failed: {}", e.toString());
            }
        };
    }

    public RunFolder folder() {
        return folder;
    }

    public LatencyRecorder latency() {
        return latency;
    }

    /** @return the recorder of request {@code name}: latency and status per response */
    public RequestRecorder request(String name) {
        return new RequestRecorder(latency.request(name), responses);
    }

    public ArrivalCounters arrivals() {
        return arrivals;
    }

    public AckLedger ledger() {
        return ledger;
    }

    public InjectorCpuSampler cpu() {
        return cpu;
    }

    public ServerMetricsScraper scraper() {
        return scraper;
    }

    /** Stops the threads, writes the last intervals and closes every file. */
    @Override
    public void close() {
        writerThread.shutdown();
        scrapeThread.shutdown();
        try {
            writerThread.awaitTermination(5, TimeUnit.SECONDS);
            scrapeThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        latency.close();
        guarded(responses::flush).run();
        guarded(arrivals::flush).run();
        responses.close();
        arrivals.close();
        ledger.flush();
        ledger.close();
        scraper.close();
        cpu.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
