package org.sevasurge.capacity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsTest {
    @TempDir
    Path dir;

    @Test
    void timesPerOperationAreMappedToTheirRequestAndSetAgainstItsDemand() throws Exception {
        Path file = dir.resolve("results.json");
        try (var in = getClass().getResourceAsStream("bench-results.json")) {
            Files.copy(in, file);
        }

        List<DemandSection.BenchRow> rows = BenchResults.read(file, 4, Map.of("submit", 8.0));

        DemandSection.BenchRow durable = rows.get(0);
        assertThat(durable.benchmark()).isEqualTo("documents.DurableWriteBenchmark.receiveAndPublish");
        assertThat(durable.millisPerOp()).isCloseTo(1.4112, within(1e-9));
        assertThat(durable.request()).isEqualTo("submit");
        assertThat(durable.opsPerRequest()).as("once per document").isEqualTo(4);
        assertThat(durable.shareOfDemand()).as("4 x 1.4112 ms of 8 ms").isCloseTo(0.7056, within(1e-9));
        assertThat(rows.get(1).shareOfDemand())
                .as("status has no identified demand here")
                .isNull();
    }

    @Test
    void aThroughputOfSeveralThreadsBecomesEachOperationsTime() throws Exception {
        Path file = dir.resolve("results.json");
        Files.writeString(
                file,
                "[{\"benchmark\":\"org.sevasurge.benchmarks.certificates.VerificationLookupBenchmark"
                        + ".verify\",\"mode\":\"thrpt\",\"threads\":4,\"params\":{\"cache\":\"uncached\"},"
                        + "\"primaryMetric\":{\"score\":400.0,\"scoreUnit\":\"ops/s\"}}]");

        DemandSection.BenchRow row = BenchResults.read(file, 4, Map.of()).get(0);

        assertThat(row.millisPerOp())
                .as("4 threads at 400 ops/s together: 10 ms each")
                .isCloseTo(10.0, within(1e-9));
        assertThat(row.request()).isEqualTo("certificate-verification");
        assertThat(row.params()).isEqualTo("cache=uncached");
    }

    @Test
    void aFileThatIsNotJmhsResultsNamesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("results.json"), "{\"not\":\"jmh\"}");

        assertThatThrownBy(() -> BenchResults.read(file, 4, Map.of()))
                .hasMessage(file + ": not JMH's JSON results: accepted: the array JMH writes with -rf json");
    }
}
