package org.sevasurge.testbed.powerloss;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.util.concurrent.locks.ReentrantLock;
import jnr.constants.platform.OpenFlags;
import jnr.ffi.Pointer;
import jnr.ffi.types.mode_t;
import jnr.ffi.types.off_t;
import jnr.ffi.types.size_t;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.serce.jnrfuse.ErrorCodes;
import ru.serce.jnrfuse.FuseFillDir;
import ru.serce.jnrfuse.FuseStubFS;
import ru.serce.jnrfuse.struct.FileStat;
import ru.serce.jnrfuse.struct.FuseFileInfo;
import ru.serce.jnrfuse.struct.Statvfs;
import ru.serce.jnrfuse.struct.Timespec;

/**
 * The FUSE callbacks of a {@link PowerLossFs}: each system call on the mount, turned into an operation on the
 * {@link VolatileTree} (memory) or, for fsync, on the {@link DurableStore} (the disk), with errors as negative
 * errno values. Thread-safe: {@link #lock} serialises every callback and every {@link PowerLossFs} operation.
 */
final class PowerLossFuse extends FuseStubFS {

    private static final Logger LOG = LoggerFactory.getLogger(PowerLossFs.class);
    private static final int O_APPEND = OpenFlags.O_APPEND.intValue();
    private static final int O_TRUNC = OpenFlags.O_TRUNC.intValue();
    private static final long UTIME_NOW = (1L << 30) - 1;
    private static final long UTIME_OMIT = (1L << 30) - 2;

    final ReentrantLock lock = new ReentrantLock();
    final DurableStore disk;
    final VolatileTree tree;
    private final long owner = new com.sun.security.auth.module.UnixSystem().getUid();
    private final long group = new com.sun.security.auth.module.UnixSystem().getGid();
    private volatile long lastOperationNanos = System.nanoTime();

    PowerLossFuse(DurableStore disk) throws IOException {
        this.disk = disk;
        this.tree = new VolatileTree(disk);
        tree.reload();
    }

    /** When the last request arrived ({@link System#nanoTime()}). */
    long lastOperationNanos() {
        return lastOperationNanos;
    }

    @FunctionalInterface
    private interface Operation {
        int run() throws FsError, IOException;
    }

    private int serialised(String name, String path, Operation operation) {
        lastOperationNanos = System.nanoTime();
        lock.lock();
        try {
            return operation.run();
        } catch (FsError e) {
            return -e.errno();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} {} failed on the power-loss filesystem: {}", name, path, e.toString());
            return -ErrorCodes.EIO();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int getattr(String path, FileStat stat) {
        return serialised("getattr", path, () -> fill(stat, tree.resolve(path)));
    }

    @Override
    public int fgetattr(String path, FileStat stat, FuseFileInfo fi) {
        return serialised("fgetattr", path, () -> fill(stat, tree.handle(fi.fh.get())));
    }

    @Override
    public int readdir(String path, Pointer buf, FuseFillDir filler, @off_t long offset, FuseFileInfo fi) {
        return serialised("readdir", path, () -> {
            Inode directory = tree.directory(path);
            filler.apply(buf, ".", null, 0);
            filler.apply(buf, "..", null, 0);
            for (String name : directory.entries.keySet()) {
                filler.apply(buf, name, null, 0);
            }
            return 0;
        });
    }

    @Override
    public int opendir(String path, FuseFileInfo fi) {
        return serialised("opendir", path, () -> {
            tree.directory(path);
            return 0;
        });
    }

    @Override
    public int releasedir(String path, FuseFileInfo fi) {
        return 0;
    }

    @Override
    public int mkdir(String path, @mode_t long mode) {
        return serialised("mkdir", path, () -> {
            tree.create(path, mode, true);
            return 0;
        });
    }

    @Override
    public int mknod(String path, @mode_t long mode, long rdev) {
        return serialised("mknod", path, () -> {
            if ((mode & FileStat.S_IFMT) != FileStat.S_IFREG && (mode & FileStat.S_IFMT) != 0) {
                return -ErrorCodes.EPERM();
            }
            tree.create(path, mode, false);
            return 0;
        });
    }

    @Override
    public int create(String path, @mode_t long mode, FuseFileInfo fi) {
        return serialised("create", path, () -> {
            fi.fh.set(tree.open(tree.create(path, mode, false)));
            return 0;
        });
    }

    @Override
    public int open(String path, FuseFileInfo fi) {
        return serialised("open", path, () -> {
            Inode inode = tree.resolve(path);
            if (inode.directory) {
                return -ErrorCodes.EISDIR();
            }
            if ((fi.flags.get() & O_TRUNC) != 0) {
                inode.content.truncate(0);
            }
            fi.fh.set(tree.open(inode));
            return 0;
        });
    }

    @Override
    public int read(String path, Pointer buf, @size_t long size, @off_t long offset, FuseFileInfo fi) {
        return serialised("read", path, () -> {
            Inode inode = tree.handle(fi.fh.get());
            byte[] bytes = new byte[(int) size];
            int n = inode.content.read(bytes, offset, (int) size, syncedBytesOf(inode));
            buf.put(0, bytes, 0, n);
            return n;
        });
    }

    @Override
    public int write(String path, Pointer buf, @size_t long size, @off_t long offset, FuseFileInfo fi) {
        return serialised("write", path, () -> {
            Inode inode = tree.handle(fi.fh.get());
            byte[] bytes = new byte[(int) size];
            buf.get(0, bytes, 0, (int) size);
            long at = (fi.flags.get() & O_APPEND) != 0 ? inode.content.size() : offset;
            inode.content.write(bytes, (int) size, at, syncedBytesOf(inode));
            inode.modifiedMillis = System.currentTimeMillis();
            return (int) size;
        });
    }

    @Override
    public int truncate(String path, @off_t long size) {
        return serialised("truncate", path, () -> truncate(tree.resolve(path), size));
    }

    @Override
    public int ftruncate(String path, @off_t long size, FuseFileInfo fi) {
        return serialised("ftruncate", path, () -> truncate(tree.handle(fi.fh.get()), size));
    }

    @Override
    public int fsync(String path, int isdatasync, FuseFileInfo fi) {
        return serialised("fsync", path, () -> {
            Inode inode = tree.handle(fi.fh.get());
            if (!inode.directory) {
                disk.syncFile(inode);
            }
            return 0;
        });
    }

    @Override
    public int fsyncdir(String path, FuseFileInfo fi) {
        return serialised("fsyncdir", path, () -> {
            disk.syncDirectory(tree.directory(path));
            return 0;
        });
    }

    @Override
    public int flush(String path, FuseFileInfo fi) {
        return 0;
    }

    @Override
    public int release(String path, FuseFileInfo fi) {
        return serialised("release", path, () -> {
            tree.release(fi.fh.get());
            return 0;
        });
    }

    @Override
    public int unlink(String path) {
        return serialised("unlink", path, () -> {
            tree.unlink(path);
            return 0;
        });
    }

    @Override
    public int rmdir(String path) {
        return serialised("rmdir", path, () -> {
            tree.rmdir(path);
            return 0;
        });
    }

    @Override
    public int rename(String oldpath, String newpath) {
        return serialised("rename", oldpath, () -> {
            tree.rename(oldpath, newpath);
            return 0;
        });
    }

    @Override
    public int link(String oldpath, String newpath) {
        return serialised("link", oldpath, () -> {
            tree.link(oldpath, newpath);
            return 0;
        });
    }

    @Override
    public int chmod(String path, @mode_t long mode) {
        return serialised("chmod", path, () -> {
            tree.resolve(path).mode = (int) (mode & 07777);
            return 0;
        });
    }

    @Override
    public int chown(String path, long uid, long gid) {
        return serialised("chown", path, () -> {
            tree.resolve(path);
            return 0;
        });
    }

    @Override
    public int utimens(String path, Timespec[] timespec) {
        return serialised("utimens", path, () -> {
            Inode inode = tree.resolve(path);
            long nanos = timespec[1].tv_nsec.longValue();
            if (nanos == UTIME_NOW) {
                inode.modifiedMillis = System.currentTimeMillis();
            } else if (nanos != UTIME_OMIT) {
                inode.modifiedMillis = timespec[1].tv_sec.get() * 1000 + nanos / 1_000_000;
            }
            return 0;
        });
    }

    @Override
    public int access(String path, int mask) {
        return serialised("access", path, () -> {
            tree.resolve(path);
            return 0;
        });
    }

    @Override
    public int statfs(String path, Statvfs stbuf) {
        return serialised("statfs", path, () -> {
            FileStore store = Files.getFileStore(disk.backing());
            long block = 4096;
            stbuf.f_bsize.set(block);
            stbuf.f_frsize.set(block);
            stbuf.f_blocks.set(store.getTotalSpace() / block);
            stbuf.f_bfree.set(store.getUnallocatedSpace() / block);
            stbuf.f_bavail.set(store.getUsableSpace() / block);
            stbuf.f_files.set(1_000_000);
            stbuf.f_ffree.set(1_000_000);
            stbuf.f_favail.set(1_000_000);
            stbuf.f_namemax.set(255);
            return 0;
        });
    }

    private FileContent.SyncedBytes syncedBytesOf(Inode inode) {
        return (into, intoOffset, position, length) -> disk.read(inode.id, into, intoOffset, position, length);
    }

    private static int truncate(Inode inode, long size) throws FsError {
        if (inode.directory) {
            throw new FsError(ErrorCodes.EISDIR(), "truncate of a directory");
        }
        inode.content.truncate(size);
        inode.modifiedMillis = System.currentTimeMillis();
        return 0;
    }

    private int fill(FileStat stat, Inode inode) {
        stat.st_mode.set((inode.directory ? FileStat.S_IFDIR : FileStat.S_IFREG) | inode.mode);
        stat.st_ino.set(inode.id);
        stat.st_nlink.set(inode.directory ? 2 + inode.subdirectories() : Math.max(inode.links, 0));
        stat.st_uid.set(owner);
        stat.st_gid.set(group);
        stat.st_size.set(inode.size());
        stat.st_blksize.set(FileContent.PAGE_BYTES);
        stat.st_blocks.set((inode.size() + 511) / 512);
        for (Timespec time : new Timespec[] {stat.st_mtim, stat.st_ctim, stat.st_atim}) {
            time.tv_sec.set(inode.modifiedMillis / 1000);
            time.tv_nsec.set((inode.modifiedMillis % 1000) * 1_000_000);
        }
        return 0;
    }
}
