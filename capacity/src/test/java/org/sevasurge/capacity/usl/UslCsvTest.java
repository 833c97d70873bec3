package org.sevasurge.capacity.usl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sevasurge.capacity.BadInputException;

class UslCsvTest {
    @TempDir
    Path dir;

    @Test
    void aHeaderCommentsAndBlankLinesAreSkipped() throws IOException {
        Path csv = write("concurrency,throughput\n# measured on staging\n1,10\n2,19.5\n\n4,36\n8,60\n");
        assertThat(UslCsv.read(csv))
                .containsExactly(new UslPoint(1, 10), new UslPoint(2, 19.5), new UslPoint(4, 36), new UslPoint(8, 60));
    }

    @Test
    void aFileWithoutHeaderIsReadToo() throws IOException {
        assertThat(UslCsv.read(write("1;10\n2;19\n4;35\n8;58\n"))).hasSize(4);
    }

    /** Each row: a bad file's content (\\n for a line break), then what its message says besides the file's name. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            concurrency,throughput\\n1,10\\n2,19\\n4,35\\n        | 3 data line(s); a USL fit needs at least 4
            concurrency,throughput\\n1,10\\n2,abc\\n4,35\\n8,58\\n | line 3: throughput 'abc' is not a number
            1,10\\n2,19\\n0,35\\n8,58\\n                           | line 3: concurrency 0: accepted values: a number > 0
            1,10\\n2,19,7\\n4,35\\n8,58\\n                         | line 2: 3 column(s); expected 2
            """)
    void aBadFileIsBadInputNamingTheFileTheLineAndWhatIsWrong(String content, String message) throws IOException {
        Path csv = write(content.replace("\\n", "\n"));
        assertThatThrownBy(() -> UslCsv.read(csv))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(csv.toString())
                .hasMessageContaining(message);
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThatThrownBy(() -> UslCsv.read(dir.resolve("nope.csv")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nope.csv");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("points.csv"), text);
    }
}
