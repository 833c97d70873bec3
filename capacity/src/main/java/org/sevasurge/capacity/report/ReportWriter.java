package org.sevasurge.capacity.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sevasurge.capacity.BadInputException;

/** Writes a report's three files into a folder. Stateless. */
public final class ReportWriter {
    /** The folder a run's report goes into, inside the run folder. */
    public static final String DIR = "report";

    private ReportWriter() {}

    /** @return {@code dir/index.html}, after writing it, {@code report.md} and {@code report.json} */
    public static Path write(Report report, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(ReportJson.FILE), ReportJson.write(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(ReportMarkdown.FILE), ReportMarkdown.render(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(ReportHtml.FILE), ReportHtml.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot write the report (" + e.getMessage() + ")", e);
        }
        return dir.resolve(ReportHtml.FILE);
    }
}
