package org.sevasurge.testbed.powerloss;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of one regular file as the running programs see them: the synced copy on the backing directory
 * overlaid with the pages written since the last fsync (the "page cache" a power cut empties). Pages are
 * {@value #PAGE_BYTES} bytes. Not thread-safe: {@link PowerLossFs} serialises every call.
 */
final class FileContent {

    static final int PAGE_BYTES = 4096;

    /** Reads bytes of the synced copy; bytes past its end read as zeros. */
    interface SyncedBytes {
        void read(byte[] into, int intoOffset, long position, int length) throws IOException;
    }

    private final TreeMap<Long, byte[]> dirtyPages = new TreeMap<>();
    /** The size programs see, in bytes. */
    private long size;
    /** How many leading bytes of the synced copy are still this file's content (a truncation shortens it). */
    private long syncedValidBytes;

    FileContent(long syncedSize) {
        this.size = syncedSize;
        this.syncedValidBytes = syncedSize;
    }

    long size() {
        return size;
    }

    boolean isDirty() {
        return !dirtyPages.isEmpty() || syncedValidBytes != size;
    }

    /** Bytes held only in memory: what a power cut would take. */
    long unsyncedBytes() {
        return (long) dirtyPages.size() * PAGE_BYTES;
    }

    int read(byte[] into, long offset, int length, SyncedBytes synced) throws IOException {
        if (offset >= size) {
            return 0;
        }
        int n = (int) Math.min(length, size - offset);
        int done = 0;
        while (done < n) {
            long position = offset + done;
            long page = position / PAGE_BYTES;
            int inPage = (int) (position % PAGE_BYTES);
            int chunk = Math.min(PAGE_BYTES - inPage, n - done);
            byte[] dirty = dirtyPages.get(page);
            if (dirty != null) {
                System.arraycopy(dirty, inPage, into, done, chunk);
            } else {
                readSynced(into, done, position, chunk, synced);
            }
            done += chunk;
        }
        return n;
    }

    void write(byte[] from, int length, long offset, SyncedBytes synced) throws IOException {
        int done = 0;
        while (done < length) {
            long position = offset + done;
            long page = position / PAGE_BYTES;
            int inPage = (int) (position % PAGE_BYTES);
            int chunk = Math.min(PAGE_BYTES - inPage, length - done);
            byte[] dirty = dirtyPages.get(page);
            if (dirty == null) {
                dirty = new byte[PAGE_BYTES];
                if (chunk < PAGE_BYTES) {
                    readSynced(dirty, 0, page * PAGE_BYTES, PAGE_BYTES, synced);
                }
                dirtyPages.put(page, dirty);
            }
            System.arraycopy(from, done, dirty, inPage, chunk);
            done += chunk;
        }
        size = Math.max(size, offset + length);
    }

    void truncate(long newSize) {
        if (newSize < size) {
            long firstGonePage = (newSize + PAGE_BYTES - 1) / PAGE_BYTES;
            dirtyPages.tailMap(firstGonePage, true).clear();
            byte[] partial = dirtyPages.get(newSize / PAGE_BYTES);
            if (partial != null) {
                Arrays.fill(partial, (int) (newSize % PAGE_BYTES), PAGE_BYTES, (byte) 0);
            }
            syncedValidBytes = Math.min(syncedValidBytes, newSize);
        }
        size = newSize;
    }

    /** Writes what is in memory to the synced copy, which then holds exactly this content. */
    void syncTo(FileChannel copy) throws IOException {
        if (copy.size() > syncedValidBytes) {
            copy.truncate(syncedValidBytes);
        }
        for (Map.Entry<Long, byte[]> page : dirtyPages.entrySet()) {
            long start = page.getKey() * PAGE_BYTES;
            int length = (int) Math.min(PAGE_BYTES, size - start);
            ByteBuffer bytes = ByteBuffer.wrap(page.getValue(), 0, length);
            while (bytes.hasRemaining()) {
                copy.write(bytes, start + bytes.position());
            }
        }
        if (copy.size() < size) {
            copy.write(ByteBuffer.wrap(new byte[1]), size - 1);
        } else if (copy.size() > size) {
            copy.truncate(size);
        }
        dirtyPages.clear();
        syncedValidBytes = size;
    }

    private void readSynced(byte[] into, int intoOffset, long position, int length, SyncedBytes synced)
            throws IOException {
        int valid = (int) Math.max(0, Math.min(length, syncedValidBytes - position));
        if (valid > 0) {
            synced.read(into, intoOffset, position, valid);
        }
        Arrays.fill(into, intoOffset + valid, intoOffset + length, (byte) 0);
    }
}
