package org.sevasurge.benchmarks.submission;

import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.sevasurge.benchmarks.fixtures.Directories;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.MultipartSubmission;
import org.sevasurge.service.fixtures.SampleDocuments;
import org.sevasurge.service.fixtures.SampleSubmissions;

/*
 * What: receiving a multipart submission of 2 to 6 documents of 50 KB to 2 MB over HTTP, up to the point where
 * the service starts writing documents: Jetty reads the request, its servlet multipart parser splits the parts
 * (keeping each in memory up to 256 KB and spooling larger ones to temporary files, as the service configures
 * it), and the service's own MultipartSubmission.read checks names and counts and reads the JSON part. The
 * handler then drains every document part, as DocumentStore.receive would, and answers the byte count, which
 * the client checks.
 *
 * Why: it is the first thing a submission costs and it scales with the upload. Jetty's parser is reached only
 * through a servlet request, so the real code runs only behind a real server: this starts an in-process Javalin
 * on a free loopback port with the service's own MultipartSubmission and posts to it from a raw keep-alive
 * socket. The score therefore includes loopback TCP and Jetty's HTTP handling (which every real submission pays)
 * and the client's write (a memory copy); the allocation figure includes the server's threads too.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultipartSubmissionBenchmark extends SingleThreadRun {

    private static final String PATH = "/bench/submissions";

    @Param({"2", "4", "6"})
    public int documents;

    @Param({"50KB", "150KB", "1MB", "2MB"})
    public String documentSize;

    private Path spool;
    private Javalin server;
    private LoopbackHttpClient client;
    private byte[] request;
    private String expectedBytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        spool = Directories.createScratch("sevasurge-bench-spool");
        server = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.startup.showOldJavalinVersionWarning = false;
                    cfg.routes.post(PATH, this::receive);
                })
                .start("127.0.0.1", 0);
        List<byte[]> parts = new ArrayList<>();
        long total = SampleSubmissions.applicationJsonBytes().length;
        for (int i = 0; i < documents; i++) {
            parts.add(SampleDocuments.of(SampleDocuments.typeAt(i), SampleDocuments.sizeBytes(documentSize), i));
            total += parts.get(i).length;
        }
        expectedBytes = Long.toString(total);
        request = LoopbackHttpClient.post(
                server.port(),
                PATH,
                SampleSubmissions.multipartContentType(),
                "bench-multipart-0001",
                SampleSubmissions.multipartBody(parts));
        client = new LoopbackHttpClient(server.port());
        post();
    }

    private void receive(Context ctx) throws IOException {
        MultipartSubmission multipart = MultipartSubmission.read(ctx, spool);
        long bytes = multipart.json().length;
        for (Part part : multipart.documents()) {
            try (InputStream in = part.getInputStream()) {
                bytes += in.transferTo(OutputStream.nullOutputStream());
            }
        }
        ctx.result(Long.toString(bytes));
    }

    @Benchmark
    public String post() throws IOException {
        LoopbackHttpClient.Response response = client.exchange(request);
        if (response.status() != 200 || !response.body().equals(expectedBytes)) {
            throw new IllegalStateException("the server answered " + response.status() + " " + response.body()
                    + ", expected 200 " + expectedBytes);
        }
        return response.body();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        client.close();
        server.stop();
        Directories.deleteRecursively(spool);
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include MultipartSubmissionBenchmark
 *   java -jar benchmarks/target/benchmarks.jar MultipartSubmissionBenchmark -p documents=4 -p documentSize=150KB \
 *       -prof gc
 */
