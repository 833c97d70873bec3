package org.sevasurge.service.storage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sevasurge.service.config.Watermarks;
import org.sevasurge.service.http.DiskFull;
import org.sevasurge.service.http.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the document and database volumes on a timer (the October 2021 outage: a data disk that filled up)
 * and answers, without touching the disk, whether a submission may write. Checking on a timer keeps a
 * {@code statvfs} call off every request. Writes stop at the flood watermark and resume by themselves once a
 * later reading is below it. Thread-safe: readings are published through a volatile map.
 */
public final class StorageGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageGuard.class);

    private final Map<String, Path> volumes;
    private final Watermarks watermarks;
    private final ScheduledExecutorService timer;
    private final boolean refuses;
    private volatile Map<String, VolumeStatus> readings = Map.of();

    /** {@code volumes} maps a volume name to a directory on it; it is read once now and then every {@code interval}. */
    public StorageGuard(Map<String, Path> volumes, Watermarks watermarks, Duration interval, MeterRegistry registry) {
        this(volumes, watermarks, interval, registry, true);
    }

    /**
     * As above; {@code refuses} false only for the test-only broken promise {@code no-storage-guard}: the volumes are
     * still read and published, but {@link #requireWritable()} never refuses.
     */
    public StorageGuard(
            Map<String, Path> volumes,
            Watermarks watermarks,
            Duration interval,
            MeterRegistry registry,
            boolean refuses) {
        this.refuses = refuses;
        this.volumes = new LinkedHashMap<>(volumes);
        this.watermarks = watermarks;
        refresh();
        for (String name : this.volumes.keySet()) {
            Gauge.builder("sevasurge.storage.free.bytes", this, g -> g.usable(name))
                    .tag("volume", name)
                    .baseUnit("bytes")
                    .register(registry);
            Gauge.builder("sevasurge.storage.total.bytes", this, g -> g.total(name))
                    .tag("volume", name)
                    .baseUnit("bytes")
                    .register(registry);
            Gauge.builder("sevasurge.storage.level", this, g -> g.levelOrdinal(name))
                    .tag("volume", name)
                    .description("0 ok, 1 low, 2 high, 3 flood")
                    .register(registry);
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storage-guard");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Throws a 507 problem naming the volume when any watched volume is at flood stage. */
    public void requireWritable() {
        if (!refuses) {
            return;
        }
        for (VolumeStatus status : readings.values()) {
            if (status.level() == StorageLevel.FLOOD) {
                throw new ProblemException(
                        DiskFull.problem(
                                status.name(),
                                "the " + status.name() + " volume is past its flood watermark (" + watermarks.flood()
                                        + ", " + status.usableBytes() + " bytes free)"),
                        DiskFull.RETRY_AFTER_SECONDS);
            }
        }
    }

    public List<VolumeStatus> statuses() {
        return List.copyOf(readings.values());
    }

    public StorageLevel worstLevel() {
        return readings.values().stream()
                .map(VolumeStatus::level)
                .max(Enum::compareTo)
                .orElse(StorageLevel.OK);
    }

    /** Reads every volume now; also run by the timer. */
    public void refresh() {
        Map<String, VolumeStatus> next = new LinkedHashMap<>();
        for (Map.Entry<String, Path> volume : volumes.entrySet()) {
            read(volume.getKey(), volume.getValue()).ifPresent(s -> next.put(s.name(), s));
        }
        Map<String, VolumeStatus> previous = readings;
        readings = Map.copyOf(next);
        next.values().forEach(s -> logChange(previous.get(s.name()), s));
    }

    private Optional<VolumeStatus> read(String name, Path directory) {
        try {
            FileStore store = Files.getFileStore(directory);
            long total = store.getTotalSpace();
            long usable = store.getUsableSpace();
            return Optional.of(new VolumeStatus(name, directory.toString(), total, usable, levelOf(total, usable)));
        } catch (IOException e) {
            LOG.warn("cannot read free space of the {} volume at {}: {}", name, directory, e.toString());
            return Optional.ofNullable(readings.get(name));
        }
    }

    private StorageLevel levelOf(long total, long usable) {
        if (watermarks.flood().isBreached(total, usable)) {
            return StorageLevel.FLOOD;
        }
        if (watermarks.high().isBreached(total, usable)) {
            return StorageLevel.HIGH;
        }
        return watermarks.low().isBreached(total, usable) ? StorageLevel.LOW : StorageLevel.OK;
    }

    private static void logChange(VolumeStatus before, VolumeStatus now) {
        if (before != null && before.level() == now.level()) {
            return;
        }
        String message = String.format(
                "%s volume %s: %s (%.1f%% used, %d bytes free)",
                now.name(), now.path(), now.level(), now.usedPercent(), now.usableBytes());
        if (now.level() == StorageLevel.OK) {
            LOG.info(message);
        } else if (now.level() == StorageLevel.FLOOD) {
            LOG.error(message + ": submissions refused with 507 until space is freed");
        } else {
            LOG.warn(message);
        }
    }

    private double usable(String name) {
        VolumeStatus s = readings.get(name);
        return s == null ? Double.NaN : s.usableBytes();
    }

    private double total(String name) {
        VolumeStatus s = readings.get(name);
        return s == null ? Double.NaN : s.totalBytes();
    }

    private double levelOrdinal(String name) {
        VolumeStatus s = readings.get(name);
        return s == null ? Double.NaN : s.level().ordinal();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
