package org.sevasurge.testbed.powerloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A FUSE filesystem that loses power on command. Writes, new names, renames and unlinks change only memory;
 * {@code fsync}/{@code fdatasync} of a file writes its bytes to the backing directory, {@code fsync} of a
 * directory writes its entries there (so a new name or a rename is durable only once its directory was fsynced),
 * and {@link #powerCut()} drops everything else, as a power cut drops the page cache. Stricter than ext4 (whose
 * journal often makes a name durable with its file): what survives here survives on any POSIX filesystem.
 *
 * <p>Mounted with {@code direct_io} and no attribute or entry caching, so the kernel keeps nothing the filesystem
 * forgot. Processes writing to it must be stopped (SIGKILL) before the cut; requests still in flight are waited
 * for. Memory: unsynced bytes are held on the heap in 4 KiB pages until their file is fsynced or deleted.
 *
 * <p>Thread-safe: one lock serialises every operation (FUSE calls arrive on several threads), the cut included.
 * Needs {@code /dev/fuse}, libfuse 2 ({@code libfuse.so.2}) and the right to mount (root, or {@code fusermount});
 * {@link FuseSupport#unavailableReason()} says whether this machine has them.
 */
public final class PowerLossFs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PowerLossFs.class);
    private static final Duration QUIET_BEFORE_CUT = Duration.ofMillis(200);
    private static final Duration MAX_WAIT_FOR_QUIET = Duration.ofSeconds(10);
    private static final String OPTIONS = "direct_io,use_ino,attr_timeout=0,entry_timeout=0,negative_timeout=0,"
            + "big_writes,max_write=131072,fsname=sevasurge-powerloss,subtype=powerloss";

    private final PowerLossFuse fuse;
    private final Path mountPoint;
    private boolean closed;

    private PowerLossFs(PowerLossFuse fuse, Path mountPoint) {
        this.fuse = fuse;
        this.mountPoint = mountPoint;
    }

    /**
     * Mounts the filesystem on {@code mountPoint} (an empty directory, created if missing), showing what
     * {@code backing} holds (empty at first; after an earlier run exactly what was synced then).
     *
     * @throws IOException when FUSE is missing or the mount fails, saying what is missing
     */
    public static PowerLossFs mount(Path backing, Path mountPoint) throws IOException {
        Optional<String> missing = FuseSupport.missingPieces();
        if (missing.isPresent()) {
            throw new IOException("cannot mount a power-loss filesystem on " + mountPoint + ": " + missing.get());
        }
        Path mount = Files.createDirectories(mountPoint).toAbsolutePath().normalize();
        DurableStore disk = new DurableStore(Files.createDirectories(backing).toAbsolutePath());
        PowerLossFuse fuse = new PowerLossFuse(disk);
        try {
            fuse.mount(mount, false, false, new String[] {"-o", OPTIONS});
            FuseSupport.awaitMounted(mount, Duration.ofSeconds(10));
        } catch (IOException | RuntimeException e) {
            disk.close();
            throw new IOException("cannot mount a power-loss filesystem on " + mount + ": " + e.getMessage(), e);
        }
        LOG.debug("power-loss filesystem on {} (disk: {})", mount, backing);
        return new PowerLossFs(fuse, mount);
    }

    public Path mountPoint() {
        return mountPoint;
    }

    /**
     * The power cut: waits until no request has arrived for 200 ms (the caller has killed the writers; at most
     * 10 s), then forgets everything not fsynced. Afterwards the filesystem shows exactly the disk.
     *
     * @return bytes that were written but never synced, now gone (whole 4 KiB pages)
     */
    public long powerCut() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT_FOR_QUIET.toNanos();
        while (System.nanoTime() - fuse.lastOperationNanos() < QUIET_BEFORE_CUT.toNanos()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        fuse.lock.lock();
        try {
            long lost = unsyncedBytesLocked();
            fuse.tree.reload();
            LOG.info("power cut on {}: {} unsynced bytes dropped", mountPoint, lost);
            return lost;
        } finally {
            fuse.lock.unlock();
        }
    }

    /** What {@code sync(1)} does: every file and directory to the disk (names, renames and bytes). */
    public void syncAll() throws IOException {
        fuse.lock.lock();
        try {
            for (Inode inode : fuse.tree.linkedInodes()) {
                if (inode.directory) {
                    fuse.disk.syncDirectory(inode);
                } else {
                    fuse.disk.syncFile(inode);
                }
            }
        } finally {
            fuse.lock.unlock();
        }
    }

    /** Bytes written but not yet synced (whole 4 KiB pages): what a cut now would lose. */
    public long unsyncedBytes() {
        fuse.lock.lock();
        try {
            return unsyncedBytesLocked();
        } finally {
            fuse.lock.unlock();
        }
    }

    /** Unmounts (lazily, so a process still in it does not block) and closes the backing files. */
    @Override
    public void close() throws IOException {
        fuse.lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            fuse.lock.unlock();
        }
        fuse.umount();
        fuse.lock.lock();
        try {
            fuse.disk.close();
        } finally {
            fuse.lock.unlock();
        }
    }

    private long unsyncedBytesLocked() {
        long bytes = 0;
        for (Inode inode : fuse.tree.linkedInodes()) {
            if (!inode.directory) {
                bytes += inode.content.unsyncedBytes();
            }
        }
        return bytes;
    }
}
