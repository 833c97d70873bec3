package org.sevasurge.benchmarks.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.fixtures.Directories;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.documents.DocumentStore;
import org.sevasurge.service.documents.DocumentType;
import org.sevasurge.service.documents.ReceivedDocument;
import org.sevasurge.service.fixtures.SampleDocuments;

/*
 * What: durable submissions per second, each four new 150 KB documents, from 8 threads (the service's request
 * threads at a burst), with the two ways of making the documents durable before the 201:
 *   perDocument  - each thread writes and hashes a document, fsyncs it, then the next (what DocumentStore.receive
 *                  does today);
 *   groupCommit  - each thread writes and hashes its four documents without fsync and queues them; one committer
 *                  thread takes every queued submission at once, fsyncs all their files, and releases them together
 *                  (the classic group commit, still acknowledging only after the fsync).
 * Both then publish through the service's DocumentStore (atomic renames to the content addresses, directory
 * fsyncs), so they differ only in who fsyncs the files and when.
 *
 * Why: the issue of results day asked for group commit of documents. On ext4 the kernel already groups
 * concurrent fsyncs: the threads that fsync while a journal commit is under way all join the next one. A user-space
 * committer only serialises the fsyncs on one thread. This measures whether it pays, on the disk where documents
 * live; the answer decided the service's design (service README, "Group commit of documents, measured and not built").
 * Documents go under -Dsevasurge.bench.dir (default: the system temporary directory); a tmpfs measures nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocumentGroupCommitBenchmark extends SingleThreadRun {

    private static final int DOCUMENTS = 4;
    private static final HexFormat HEX = HexFormat.of();

    @Param({"perDocument", "groupCommit"})
    public String commit;

    private Path root;
    private Path incoming;
    private DocumentStore store;
    private final AtomicLong serial = new AtomicLong();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread committer;

    /** One submission's written, not yet fsynced files, and the signal that releases its thread. */
    private record Pending(List<FileChannel> files, CompletableFuture<Void> synced) {}

    /** Each thread's own copy of the document, so stamping it is not a race. */
    @State(Scope.Thread)
    public static class Document {
        final byte[] bytes = SampleDocuments.of(DocumentType.PDF, SampleDocuments.sizeBytes("150KB"), 17);
        final MessageDigest sha256 = sha256();
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Directories.createScratch("sevasurge-bench-group-commit");
        store = new DocumentStore(root);
        incoming = root.resolve(".incoming");
        Directories.createShards(root);
        if (commit.equals("groupCommit")) {
            committer = new Thread(this::commitQueued, "group-committer");
            committer.setDaemon(true);
            committer.start();
        }
    }

    @Benchmark
    public List<String> submit(Document document) throws IOException, InterruptedException, ExecutionException {
        List<ReceivedDocument> received = new ArrayList<>(DOCUMENTS);
        List<FileChannel> files = new ArrayList<>(DOCUMENTS);
        try {
            for (int i = 0; i < DOCUMENTS; i++) {
                long n = serial.incrementAndGet();
                Path file = incoming.resolve("bench-" + n);
                // A new serial after the signature makes new content, hence a new content address, every time.
                ByteBuffer.wrap(document.bytes, 16, Long.BYTES).putLong(n);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                files.add(channel);
                ByteBuffer chunk = ByteBuffer.wrap(document.bytes);
                while (chunk.hasRemaining()) {
                    channel.write(chunk);
                }
                document.sha256.reset();
                String sha256 = HEX.formatHex(document.sha256.digest(document.bytes));
                if (commit.equals("perDocument")) {
                    channel.force(true);
                }
                received.add(new ReceivedDocument(i, file, sha256, document.bytes.length, DocumentType.PDF));
            }
            if (commit.equals("groupCommit")) {
                CompletableFuture<Void> synced = new CompletableFuture<>();
                queue.add(new Pending(files, synced));
                synced.get();
            }
        } finally {
            for (FileChannel channel : files) {
                channel.close();
            }
        }
        return store.publish(received);
    }

    /** The committer: whatever is queued when it wakes is one group, fsynced together and released together. */
    private void commitQueued() {
        List<Pending> group = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(queue.take());
                queue.drainTo(group);
                for (Pending pending : group) {
                    for (FileChannel file : pending.files()) {
                        file.force(true);
                    }
                }
                group.forEach(pending -> pending.synced().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                group.forEach(pending -> pending.synced().completeExceptionally(e));
            }
            group.clear();
        }
    }

    @TearDown(Level.Iteration)
    public void deleteWrittenDocuments() throws IOException {
        Directories.deleteFilesKeepingShards(root);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (committer != null) {
            committer.interrupt();
        }
        Directories.deleteRecursively(root);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include DocumentGroupCommitBenchmark
 *   java -Dsevasurge.bench.dir=/srv/documents -jar benchmarks/target/benchmarks.jar DocumentGroupCommitBenchmark
 */
