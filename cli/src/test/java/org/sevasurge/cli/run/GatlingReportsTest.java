package org.sevasurge.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingReportsTest {

    @Test
    void theNewestResultsFolderIsThisRunsReport(@TempDir Path results) throws Exception {
        Path older = Files.createDirectory(results.resolve("seasonsimulation-20261128120000000"));
        Path newer = Files.createDirectory(results.resolve("seasonsimulation-20261128130000000"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-11-28T12:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-11-28T13:00:00Z")));

        assertThat(GatlingReports.newestReport(results))
                .isEqualTo(newer.resolve("index.html").toAbsolutePath().toString());
    }

    @Test
    void withoutGatlingResultsThereIsNoReport(@TempDir Path dir) {
        assertThat(GatlingReports.newestReport(dir.resolve("gatling"))).isNull();
    }
}
