package org.sevasurge.benchmarks.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.documents.DocumentType;
import org.sevasurge.service.fixtures.SampleDocuments;

/*
 * What: the in-memory half of DocumentStore.receive for one document, by size: read the first 8 bytes and detect
 * the type, then stream the rest through the same 64 KB buffer into SHA-256 and format the hex digest. Only the
 * file writes and the fsync are left out (they are DurableWriteBenchmark).
 *
 * Why: this is the CPU a submission spends per document byte (4 x 150 KB typically, up to 6 x 2 MB). Set
 * beside DurableWriteBenchmark it says whether a submission waits on the CPU (hashing) or on the disk (fsync).
 * The JDK's SHA-256 uses the CPU's SHA instructions where it has them, so results differ between machines.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentHashBenchmark extends SingleThreadRun {

    /** DocumentStore's buffer size. */
    private static final int BUFFER_BYTES = 64 * 1024;

    private static final HexFormat HEX = HexFormat.of();

    @Param({"50KB", "150KB", "1MB", "2MB"})
    public String documentSize;

    private byte[] document;
    private byte[] buffer;

    @Setup
    public void setUp() {
        document = SampleDocuments.of(DocumentType.JPEG, SampleDocuments.sizeBytes(documentSize), 7);
        buffer = new byte[BUFFER_BYTES];
    }

    @Benchmark
    public String detectAndHash() throws IOException, NoSuchAlgorithmException {
        InputStream in = new ByteArrayInputStream(document);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        int head = in.readNBytes(buffer, 0, DocumentType.SIGNATURE_BYTES);
        DocumentType.detect(buffer, head).orElseThrow(() -> new IllegalStateException("not a document"));
        for (int n = head; n > 0; n = in.read(buffer)) {
            sha256.update(buffer, 0, n);
        }
        return HEX.formatHex(sha256.digest());
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include DocumentHashBenchmark
 *   java -jar benchmarks/target/benchmarks.jar DocumentHashBenchmark -p documentSize=150KB -prof gc
 */
