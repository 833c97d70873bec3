package org.sevasurge.testbed.powerloss;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The "disk": what survives a power cut, kept in a backing directory. {@code data/<inode>} holds a file's bytes
 * as of its last fsync; {@code meta/<inode>} its type and mode and, for a directory, the entries (name to inode)
 * as of the directory's last fsync. A name is therefore durable only once its directory was fsynced, and a
 * file's bytes only once the file was. Loading walks the synced directories from the root and deletes every record
 * they no longer reach. The backing files are not fsynced themselves: the simulated power cut is this program's,
 * the host's page cache is not at stake. Not thread-safe: {@link PowerLossFs} serialises every call.
 */
final class DurableStore implements AutoCloseable {

    static final long ROOT = 1;
    private static final int MAGIC = 0x504c4653;

    private final Path backing;
    private final Path data;
    private final Path meta;
    private static final int OPEN_CHANNELS = 256;

    /** Open backing files, the least recently used closed beyond {@value #OPEN_CHANNELS}. */
    private final Map<Long, FileChannel> channels = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FileChannel> eldest) {
            if (size() <= OPEN_CHANNELS) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }
    };

    /** The durable tree as loaded, and the highest inode number in it. */
    record Loaded(Inode root, long highestId) {}

    DurableStore(Path backing) throws IOException {
        this.backing = backing;
        this.data = Files.createDirectories(backing.resolve("data"));
        this.meta = Files.createDirectories(backing.resolve("meta"));
    }

    Path backing() {
        return backing;
    }

    /** Loads the synced tree and deletes the records it does not reach (files a power cut orphaned). */
    Loaded load() throws IOException {
        close();
        if (!Files.exists(meta.resolve(Long.toString(ROOT)))) {
            writeMeta(Inode.directory(ROOT, 0755), Map.of());
        }
        Map<Long, Inode> loaded = new HashMap<>();
        Inode root = loadInode(ROOT, loaded);
        root.links = 1;
        deleteUnreached(data, loaded.keySet());
        deleteUnreached(meta, loaded.keySet());
        return new Loaded(
                root, loaded.keySet().stream().mapToLong(Long::longValue).max().orElse(ROOT));
    }

    /** fsync of a file: its bytes and mode reach the disk (not its name: that is its directory's fsync). */
    void syncFile(Inode file) throws IOException {
        file.content.syncTo(channel(file.id, true));
        writeMeta(file, Map.of());
        file.durable = true;
    }

    /** fsync of a directory: its entries reach the disk; entries new to the disk bring their inode's record. */
    void syncDirectory(Inode directory) throws IOException {
        for (Inode child : directory.entries.values()) {
            if (!child.durable) {
                writeMeta(child, Map.of());
                child.durable = true;
            }
        }
        writeMeta(directory, directory.entries);
        directory.durable = true;
    }

    /** Reads synced bytes of a file; bytes past the synced copy's end read as zeros. */
    void read(long id, byte[] into, int intoOffset, long position, int length) throws IOException {
        FileChannel channel = channel(id, false);
        int done = 0;
        if (channel != null) {
            while (done < length) {
                int n = channel.read(ByteBuffer.wrap(into, intoOffset + done, length - done), position + done);
                if (n <= 0) {
                    break;
                }
                done += n;
            }
        }
        Arrays.fill(into, intoOffset + done, intoOffset + length, (byte) 0);
    }

    long syncedSize(long id) throws IOException {
        Path file = data.resolve(Long.toString(id));
        return Files.exists(file) ? Files.size(file) : 0;
    }

    @Override
    public void close() throws IOException {
        for (FileChannel channel : channels.values()) {
            channel.close();
        }
        channels.clear();
    }

    private Inode loadInode(long id, Map<Long, Inode> loaded) throws IOException {
        Path record = meta.resolve(Long.toString(id));
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(record)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(record + " is not a power-loss filesystem record");
            }
            boolean directory = in.readBoolean();
            int mode = in.readInt();
            long modified = in.readLong();
            Inode inode = directory ? Inode.directory(id, mode) : Inode.file(id, mode, syncedSize(id));
            inode.modifiedMillis = modified;
            inode.durable = true;
            loaded.put(id, inode);
            if (directory) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String name = in.readUTF();
                    long childId = in.readLong();
                    Inode child = loaded.get(childId);
                    if (child == null) {
                        child = loadInode(childId, loaded);
                    } else if (child.directory) {
                        continue; // a directory the disk shows in two places (moved, both parents synced): keep one
                    }
                    child.links++;
                    inode.entries.put(name, child);
                }
            }
            return inode;
        } catch (NoSuchFileException e) {
            throw new IOException("the backing directory " + backing + " misses the record of inode " + id, e);
        }
    }

    private void writeMeta(Inode inode, Map<String, Inode> entries) throws IOException {
        Path record = meta.resolve(Long.toString(inode.id));
        Path temp = meta.resolve(inode.id + ".tmp");
        SortedMap<String, Inode> sorted = new TreeMap<>(entries);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(MAGIC);
            out.writeBoolean(inode.directory);
            out.writeInt(inode.mode);
            out.writeLong(inode.modifiedMillis);
            if (inode.directory) {
                out.writeInt(sorted.size());
                for (Map.Entry<String, Inode> entry : sorted.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeLong(entry.getValue().id);
                }
            }
        }
        Files.move(temp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private @Nullable FileChannel channel(long id, boolean create) throws IOException {
        FileChannel channel = channels.get(id);
        if (channel == null) {
            Path file = data.resolve(Long.toString(id));
            if (!create && !Files.exists(file)) {
                return null;
            }
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            channels.put(id, channel);
        }
        return channel;
    }

    private static void deleteUnreached(Path directory, Set<Long> reached) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp") || !reached.contains(Long.parseLong(name))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
