package org.sevasurge.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultFileTest {

    @TempDir
    Path dir;

    @Test
    void readsScoreUnitParamsSamplesAndAllocationFromJmhJson() throws BadInputException {
        Path file = new JmhResults()
                .addWithParams(
                        "org.sevasurge.benchmarks.documents.DocumentHashBenchmark.detectAndHash",
                        "{ \"documentSize\" : \"150KB\" }",
                        "us/op",
                        410.0,
                        420.0,
                        430.0)
                .writeTo(dir.resolve("results.json"));

        BenchmarkResult result = ResultFile.read(file).get(0);

        assertThat(result.displayName())
                .isEqualTo("documents.DocumentHashBenchmark.detectAndHash [documentSize=150KB]");
        assertThat(result.mode()).isEqualTo("avgt");
        assertThat(result.score()).isEqualTo(420.0);
        assertThat(result.scoreError())
                .as("JMH writes an unknown error as \"NaN\"")
                .isNaN();
        assertThat(result.unit()).isEqualTo("us/op");
        assertThat(result.samples()).containsExactly(410.0, 420.0, 430.0);
        assertThat(result.higherIsBetter()).isFalse();
    }

    @Test
    void readsNanAndInfinityWrittenAsStringsOrAsBareTokens() throws BadInputException {
        Path file = new JmhResults()
                .addRaw("a.B.quoted", "avgt", "{}", "us/op", "\"NaN\"", 100, 1.0, 2.0)
                .addRaw("a.B.bare", "avgt", "{}", "us/op", "NaN", 100, 1.0, 2.0)
                .addRaw("a.B.infinite", "thrpt", "{}", "ops/s", "Infinity", 100, 1.0, 2.0)
                .addRaw("a.B.negative", "thrpt", "{}", "ops/s", "-Infinity", 100, 1.0, 2.0)
                .writeTo(dir.resolve("nan.json"));

        List<BenchmarkResult> results = ResultFile.read(file);

        assertThat(results)
                .extracting(BenchmarkResult::score)
                .satisfiesExactly(
                        s -> assertThat(s).isNaN(),
                        s -> assertThat(s).isNaN(),
                        s -> assertThat(s).isEqualTo(Double.POSITIVE_INFINITY),
                        s -> assertThat(s).isEqualTo(Double.NEGATIVE_INFINITY));
        assertThat(results).allSatisfy(r -> assertThat(r.hasScore()).isFalse());
    }

    @Test
    void dropsNonFiniteRawSamplesSoThatNoiseIsJudgedOnRealOnes() throws BadInputException {
        Path file = write("samples.json", entry("\"rawData\" : [ [ 1.0, \"NaN\", 3.0 ], [ \"Infinity\", 5.0 ] ]"));
        assertThat(ResultFile.read(file).get(0).samples()).containsExactly(1.0, 3.0, 5.0);
    }

    @Test
    void reducesASampleModeHistogramToEachIterationsMean() throws BadInputException {
        String histogram = "\"rawDataHistogram\" : [ [ [ [ 10.0, 3 ], [ 20.0, 1 ] ], [ [ 30.0, 2 ] ] ] ]";
        Path file = write("sample.json", entry(histogram).replace("\"avgt\"", "\"sample\""));
        assertThat(ResultFile.read(file).get(0).samples()).containsExactly(12.5, 30.0);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("baseline.json");
        assertThatThrownBy(() -> ResultFile.read(missing))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void malformedJsonIsReportedWithTheFileAndPosition() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "[\n  { \"benchmark\" : \"a.B.c\", \n");
        assertThatThrownBy(() -> ResultFile.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + " is not valid JSON (line ")
                .hasMessageContaining("column");
    }

    /** Each row: a file that is not JMH's results, and its message after the file's name. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                                | ` is empty; expected the JSON array JMH writes with -rf json`
            `{ "benchmark" : "a.B.c" }`                       | ` holds a JSON object, not the array of results JMH writes with -rf json`
            `[ ]`                                             | ` holds no benchmark results (an empty array)`
            `[ { "benchmark" : "a.B.c", "mode" : "avgt" } ]`  | `: result #1 (a.B.c) has no "primaryMetric" object`
            """)
    void aFileThatIsNotJmhsResultsIsBadInputNamingItAndWhatIsWrong(String content, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("results.json"), content);
        assertThatThrownBy(() -> ResultFile.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + message);
    }

    @Test
    void anUnknownModeIsRejectedWithTheAcceptedOnes() throws IOException {
        Path file = write("mode.json", entry("\"rawData\" : [ [ 1.0 ] ]").replace("\"avgt\"", "\"fast\""));
        assertThatThrownBy(() -> ResultFile.read(file))
                .hasMessage(file + ": result #1 (a.B.c) has mode 'fast'; expected one of thrpt, avgt, sample, ss");
    }

    @Test
    void aScoreThatIsNotANumberIsRejectedNamingTheField() throws IOException {
        Path file = write(
                "score.json", entry("\"rawData\" : [ [ 1.0 ] ]").replace("\"score\" : 1.0", "\"score\" : \"fast\""));
        assertThatThrownBy(() -> ResultFile.read(file))
                .hasMessage(file + ": result #1 (a.B.c): primaryMetric.score is \"fast\", not a number");
    }

    @Test
    void theSameBenchmarkAndParamsTwiceIsRejected() throws BadInputException {
        Path file = new JmhResults()
                .add("a.B.c", "avgt", "us/op", Double.NaN, 1.0)
                .add("a.B.c", "avgt", "us/op", Double.NaN, 2.0)
                .writeTo(dir.resolve("twice.json"));
        assertThatThrownBy(() -> ResultFile.read(file))
                .hasMessageStartingWith(file + ": results #1 and #2 are both a.B.c");
    }

    private static String entry(String rawField) {
        return "[ { \"benchmark\" : \"a.B.c\", \"mode\" : \"avgt\", \"primaryMetric\" : { \"score\" : 1.0, "
                + "\"scoreUnit\" : \"us/op\", " + rawField + " } } ]";
    }

    private Path write(String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
