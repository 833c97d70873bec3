package org.sevasurge.cli.usl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sevasurge.cli.Cli;

class UslCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPlannersCsvIsFittedAndTheCoefficientsPrinted() throws IOException {
        // SPEC SDM91 (Gunther): the published fit is sigma 0.02773, kappa 0.0001044, lambda 90.00, N* 96.5.
        Path csv = Files.writeString(
                dir.resolve("sdm91.csv"),
                "concurrency,throughput\n1,64.9\n18,995.9\n36,1652.4\n72,1853.2\n108,1828.9\n144,1775.0\n216,1702.2\n");

        Cli.Result result = Cli.run("usl", "--csv", csv.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("points: 7")
                .contains("sigma (contention):  0.0277")
                .contains("kappa (coherency):   0.000104")
                .contains("lambda (N=1 rate):   89.9")
                .contains("N* (peak at):        96.5")
                .contains("X max (peak rate):   188");
    }

    /** Each row: a bad CSV's content (\\n for a line break) and what the message says. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1,10\\n2,19\\nfour,35\\n8,58\\n | line 3: concurrency 'four' is not a number
            1,10\\n2,19\\n4,35\\n         | a USL fit needs at least 4
            """)
    void aBadCsvExitsTwoNamingWhatIsWrong(String content, String message) throws IOException {
        Path csv = Files.writeString(dir.resolve("points.csv"), content.replace("\\n", "\n"));
        Cli.Result result = Cli.run("usl", "--csv", csv.toString());
        assertThat(result.exitCode()).as("exit status; err: %s", result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message);
    }
}
