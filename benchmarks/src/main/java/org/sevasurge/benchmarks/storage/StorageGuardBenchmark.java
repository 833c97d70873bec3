package org.sevasurge.benchmarks.storage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.sevasurge.benchmarks.fixtures.Directories;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.config.Watermarks;
import org.sevasurge.service.storage.StorageGuard;

/*
 * What: the storage guard's check on the submission path (StorageGuard.requireWritable: one volatile read of the
 * last readings of the document and database volumes, below flood stage), and, beside it, refresh(), the disk
 * reading (two statvfs calls) that the guard's timer makes once a second instead.
 *
 * Why: the 2021 outage was a full data disk, so every submission asks the guard first; the check must cost next
 * to nothing. The refresh figure is the price a per-request disk check would have added to every submission,
 * which is why the guard reads the disks on a timer. The guard's own timer is set to an hour here so that it
 * does not run during the measurement.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StorageGuardBenchmark extends SingleThreadRun {

    private Path documents;
    private Path database;
    private StorageGuard guard;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        documents = Directories.createScratch("sevasurge-bench-guard-documents");
        database = Directories.createScratch("sevasurge-bench-guard-database");
        Map<String, Path> volumes = new LinkedHashMap<>();
        volumes.put("documents", documents);
        volumes.put("database", database);
        guard = new StorageGuard(volumes, Watermarks.defaults(), Duration.ofHours(1), new SimpleMeterRegistry());
        guard.requireWritable();
    }

    @Benchmark
    public void requireWritable() {
        guard.requireWritable();
    }

    @Benchmark
    public void refresh() {
        guard.refresh();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        guard.close();
        Directories.deleteRecursively(documents);
        Directories.deleteRecursively(database);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include StorageGuardBenchmark
 *   java -jar benchmarks/target/benchmarks.jar StorageGuardBenchmark -prof gc
 * The scratch directories sit under -Dsevasurge.bench.dir (default: the system temporary directory); if that
 * disk is past the flood watermark (95 % used), setUp fails with the guard's 507 problem, as the service would.
 */
