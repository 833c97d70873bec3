package org.sevasurge.benchmarks.documents;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.documents.DocumentType;
import org.sevasurge.service.fixtures.SampleDocuments;

/*
 * What: recognising a document by its leading bytes (DocumentType.detect on the first 8 bytes), for each format
 * the service accepts: PDF is checked first, PNG last.
 *
 * Why: every document of every submission is typed this way before it is written. It reads 8 bytes whatever
 * the document's size, so there is no size parameter: the cost by size is the hashing and the writing
 * (DocumentHashBenchmark, DurableWriteBenchmark).
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DocumentTypeBenchmark extends SingleThreadRun {

    @Param({"PDF", "JPEG", "PNG"})
    public DocumentType type;

    private byte[] head;

    @Setup
    public void setUp() {
        head = SampleDocuments.of(type, DocumentType.SIGNATURE_BYTES, 1);
        if (DocumentType.detect(head, head.length).orElse(null) != type) {
            throw new IllegalStateException("the sample " + type + " is not recognised as one");
        }
    }

    @Benchmark
    public Optional<DocumentType> detect() {
        return DocumentType.detect(head, head.length);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include DocumentTypeBenchmark
 *   java -jar benchmarks/target/benchmarks.jar DocumentTypeBenchmark -prof gc
 */
