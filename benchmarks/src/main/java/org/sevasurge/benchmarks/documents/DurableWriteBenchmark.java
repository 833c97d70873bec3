package org.sevasurge.benchmarks.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sevasurge.benchmarks.fixtures.Directories;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.MultipartSubmission;
import org.sevasurge.service.documents.DocumentRejected;
import org.sevasurge.service.documents.DocumentStore;
import org.sevasurge.service.documents.DocumentType;
import org.sevasurge.service.documents.ReceivedDocument;
import org.sevasurge.service.fixtures.SampleDocuments;

/*
 * What: storing one document durably with the service's DocumentStore, by size: receive (stream into the
 * incoming area while typing and hashing, then fsync the file) and publish (atomic rename to its content address,
 * then fsync the directory). Every operation writes new content, so nothing is deduplicated away.
 *
 * Why: a 201 waits for this for every document; fsync is the cost the durability promise buys. The result
 * depends on the disk, not the JVM: run it where the document volume will live. Documents go under the
 * directory named by -Dsevasurge.bench.dir (default: the system temporary directory); a tmpfs there measures
 * nothing, as fsync is free on it. The 256 shard directories exist before measuring (the steady state of a
 * volume in use), and the files written are deleted after each iteration, outside the measurement.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DurableWriteBenchmark extends SingleThreadRun {

    @Param({"50KB", "150KB", "1MB", "2MB"})
    public String documentSize;

    private Path root;
    private DocumentStore store;
    private byte[] document;
    private long serial;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Directories.createScratch("sevasurge-bench-documents");
        store = new DocumentStore(root);
        Directories.createShards(root);
        document = SampleDocuments.of(DocumentType.PDF, SampleDocuments.sizeBytes(documentSize), 11);
    }

    @Benchmark
    public List<String> receiveAndPublish() throws IOException, DocumentRejected {
        // A new serial after the signature makes new content, hence a new content address, every time.
        ByteBuffer.wrap(document, 16, Long.BYTES).putLong(++serial);
        ReceivedDocument received =
                store.receive(0, new ByteArrayInputStream(document), MultipartSubmission.MAX_DOCUMENT_BYTES);
        return store.publish(List.of(received));
    }

    @TearDown(Level.Iteration)
    public void deleteWrittenDocuments() throws IOException {
        Directories.deleteFilesKeepingShards(root);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Directories.deleteRecursively(root);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include DurableWriteBenchmark
 *   java -Dsevasurge.bench.dir=/srv/documents -jar benchmarks/target/benchmarks.jar DurableWriteBenchmark \
 *       -p documentSize=150KB -prof gc      (forks inherit the -D from the launching JVM)
 */
