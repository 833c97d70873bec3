package org.sevasurge.service.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.sevasurge.service.promises.BrokenPromise;
import org.sevasurge.service.promises.BrokenPromises;

/**
 * The document volume: files stored under their SHA-256 ({@code ab/abcdef...}), written durably.
 * A document reaches its content address only after its bytes are fsynced, and the directory entry is fsynced
 * before {@link #publish} returns, so an acknowledged document survives a crash (of the process or the machine).
 * Thread-safe: concurrent writers of the same content race harmlessly on an atomic rename of identical bytes.
 */
public final class DocumentStore {
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final Path root;
    private final Path incoming;
    private final LongAdder written = new LongAdder();
    private final boolean fsyncDocuments;
    private final boolean fsyncDirectories;

    /** Opens (creating if needed) the volume at {@code root} and clears what a crash left in its incoming area. */
    public DocumentStore(Path root) throws IOException {
        this(root, BrokenPromises.none());
    }

    /**
     * As {@link #DocumentStore(Path)}, breaking the fsync promises a test names
     * ({@link BrokenPromise#SKIP_DOCUMENT_FSYNC}, {@link BrokenPromise#SKIP_DIRECTORY_FSYNC}).
     */
    public DocumentStore(Path root, BrokenPromises promises) throws IOException {
        this.fsyncDocuments = !promises.breaks(BrokenPromise.SKIP_DOCUMENT_FSYNC);
        this.fsyncDirectories = !promises.breaks(BrokenPromise.SKIP_DIRECTORY_FSYNC);
        this.root = root.toAbsolutePath();
        this.incoming = this.root.resolve(".incoming");
        Files.createDirectories(incoming);
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    public Path root() {
        return root;
    }

    /**
     * Streams one document into the incoming area, hashing it and checking its size and type as it goes,
     * then fsyncs it. Nothing is left behind when it is rejected or fails.
     */
    public ReceivedDocument receive(int position, InputStream in, long maxBytes) throws IOException, DocumentRejected {
        Path file = incoming.resolve(UUID.randomUUID().toString());
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        DocumentType type = null;
        boolean done = false;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            int head = in.readNBytes(buffer, 0, DocumentType.SIGNATURE_BYTES);
            type = DocumentType.detect(buffer, head)
                    .orElseThrow(() -> new DocumentRejected(
                            position, 415, "its bytes are not a PDF, JPEG or PNG (whatever its declared type)"));
            for (int n = head; n > 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new DocumentRejected(position, 413, "it is larger than " + maxBytes + " bytes");
                }
                sha256.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            if (fsyncDocuments) {
                out.force(true);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
        return new ReceivedDocument(position, file, HEX.formatHex(sha256.digest()), size, type);
    }

    /**
     * Moves received documents to their content addresses and fsyncs the directories that changed.
     *
     * @return the content addresses that did not exist before (the ones to remove if the submission fails)
     */
    public List<String> publish(List<ReceivedDocument> documents) throws IOException {
        Set<Path> changedDirectories = new LinkedHashSet<>();
        List<String> created = new ArrayList<>();
        for (ReceivedDocument document : documents) {
            Path target = path(document.sha256());
            Path shard = target.getParent();
            if (!Files.isDirectory(shard)) {
                try {
                    Files.createDirectory(shard);
                    changedDirectories.add(root);
                } catch (FileAlreadyExistsException raced) {
                    // another submission created the shard first: fine
                }
            }
            if (Files.exists(target)) {
                Files.deleteIfExists(document.file());
            } else {
                Files.move(document.file(), target, StandardCopyOption.ATOMIC_MOVE);
                created.add(document.sha256());
                written.add(document.sizeBytes());
                changedDirectories.add(shard);
            }
        }
        for (Path directory : fsyncDirectories ? changedDirectories : Set.<Path>of()) {
            fsyncDirectory(directory);
        }
        return created;
    }

    /** @return bytes of new documents published since this store was opened (duplicates by content not counted) */
    public long writtenBytes() {
        return written.sum();
    }

    /** Deletes documents still in the incoming area (a rejected or replayed submission). */
    public void discard(List<ReceivedDocument> documents) {
        for (ReceivedDocument document : documents) {
            try {
                Files.deleteIfExists(document.file());
            } catch (IOException ignored) {
                // the incoming area is cleared at the next start anyway
            }
        }
    }

    /** Removes a stored document; used only for content a failed submission had just created. */
    public void remove(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    public Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
