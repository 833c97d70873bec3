package org.sevasurge.service.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL server settings every database Seva Surge starts runs with: the service's embedded mode, the embedded
 * testbed's and the containers testbed's. Written once here so the three cannot drift apart.
 *
 * <p>Durability first: zonky's embedded PostgreSQL and Testcontainers' PostgreSQL both turn {@code fsync} (and zonky
 * also {@code synchronous_commit}) off for throw-away test databases. A certificate service acknowledges applications
 * as durable, and a load test of durable acknowledgements must not measure a database that skips its flushes, so
 * they are switched back on (a later {@code -c fsync=on} overrides zonky's {@code -F}). Immutable.
 */
public final class ServerSettings {

    /**
     * The performance settings, chosen for one 2-core node with a few GiB of memory serving the results-day mix
     * (each one's reason is beside it in {@code performance()}); none of them trades durability away. Values as
     * {@code SHOW} prints them, so a test can read each back. Part of {@link #DURABLE_LOOPBACK}.
     */
    public static final Map<String, String> PERFORMANCE = performance();

    /** {@code postgresql.conf} names and values, in the order they are passed. */
    public static final Map<String, String> DURABLE_LOOPBACK = durableLoopback();

    /** The settings that make an acknowledged commit durable; they must never be overridden by a caller. */
    public static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    private ServerSettings() {}

    private static Map<String, String> durableLoopback() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("listen_addresses", "127.0.0.1");
        settings.putAll(PERFORMANCE);
        return Collections.unmodifiableMap(settings);
    }

    private static Map<String, String> performance() {
        Map<String, String> settings = new LinkedHashMap<>();
        // The service's pools at their default (16 for transactions, 8 for reads) three times over, the ledger
        // check's reads and an operator's psql; every slot costs shared memory and work in each snapshot.
        settings.put("max_connections", "100");
        // A day's applications, their document rows and certificate PDFs stay in PostgreSQL's own cache (the
        // default 128MB is PostgreSQL's minimum-memory choice); pages are only taken as they are used.
        settings.put("shared_buffers", "256MB");
        // The WAL of the commits a burst makes between two flushes fits without a backend writing it out early;
        // the most PostgreSQL's automatic choice (1/32 of shared_buffers) would give.
        settings.put("wal_buffers", "16MB");
        // Fewer checkpoints in a burst: after each one the first change to a page writes the whole 8 KB page to
        // the WAL (full_page_writes stays on), so a checkpoint every 15 minutes rather than 5 writes and fsyncs
        // less. The price: crash recovery may replay up to max_wal_size of WAL before the service is back.
        settings.put("checkpoint_timeout", "15min");
        settings.put("max_wal_size", "2GB");
        // Group commit of the WAL: when 5 or more other transactions are open (a submission burst), the backend
        // about to flush waits 1 ms first, so the commits arriving meanwhile share its fsync. Each commit is still
        // acknowledged only once its WAL is flushed (synchronous_commit=on); idle hours pay nothing.
        settings.put("commit_delay", "1000");
        settings.put("commit_siblings", "5");
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            // A bitmap heap scan (a queue filtered by district and status may be one) asks for this many pages at
            // once, which an SSD serves in parallel; macOS and Windows builds lack posix_fadvise and refuse any
            // value but 0, so they keep their default.
            settings.put("effective_io_concurrency", "32");
        }
        return Collections.unmodifiableMap(settings);
    }

    /** @return {@link #DURABLE_LOOPBACK} as {@code postgres} command-line arguments ({@code -c name=value} pairs) */
    public static List<String> commandLine() {
        List<String> arguments = new ArrayList<>();
        DURABLE_LOOPBACK.forEach((name, value) -> {
            arguments.add("-c");
            arguments.add(name + "=" + value);
        });
        return List.copyOf(arguments);
    }
}
