package org.sevasurge.benchmarks.status;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sevasurge.benchmarks.fixtures.BenchDatabase;
import org.sevasurge.benchmarks.runs.SingleThreadRun;
import org.sevasurge.service.applications.ApplicationRepository;
import org.sevasurge.service.applications.StatusAnswers;
import org.sevasurge.service.http.Json;

/*
 * What: one status read as the handler does it, from its pooled read connection to the answer's JSON bytes, over
 * 5,000 of the 50,000 seeded applications (a results day's working set, warm after the first iteration).
 * "wholeView": the view's query (the row, its documents aggregated as JSON, the certificate joined) and Jackson
 * writing the view, as every read did before. "rememberedAnswer": StatusAnswers, as every read does now: the
 * row's version (xmin) by primary key, and the JSON remembered for that version.
 *
 * Why: in a results-day run the view's query was PostgreSQL's costliest statement (0.15 ms of execution each,
 * 40 % of all statements' time) and writing the JSON a third of the status handler's CPU. The time here is the
 * client's wall time for the whole read, the database's share included (PostgreSQL runs on the same machine).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatusReadBenchmark extends SingleThreadRun {

    /** 5,000, or every seeded application when fewer are seeded (the quick run seeds 2,000). */
    private static final int WORKING_SET = Math.min(5_000, BenchDatabase.SEEDED_APPLICATIONS);

    private BenchDatabase db;
    private ApplicationRepository applications;
    private StatusAnswers answers;

    /** Each thread's own random application numbers. */
    @State(Scope.Thread)
    public static class Picks {
        private final SplittableRandom random = new SplittableRandom();

        String next() {
            return BenchDatabase.seededApplicationNo(1 + random.nextInt(WORKING_SET));
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = BenchDatabase.start(2);
        applications = new ApplicationRepository();
        answers = new StatusAnswers(applications);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
    }

    @Benchmark
    public byte[] wholeView(Picks picks) throws SQLException {
        String number = picks.next();
        return Json.bytes(db.database().read(c -> applications.find(c, number)).orElseThrow());
    }

    @Benchmark
    public byte[] rememberedAnswer(Picks picks) throws SQLException {
        String number = picks.next();
        return db.database().read(c -> answers.read(c, number)).orElseThrow().json();
    }
}

/*
 * How to run:
 *   ./sevasurge bench --include StatusReadBenchmark
 *   java -jar benchmarks/target/benchmarks.jar StatusReadBenchmark -f 1
 */
