package org.sevasurge.capacity.usl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sevasurge.capacity.BadInputException;

/**
 * Reads a planner's own measurements for a USL fit: a CSV with the columns concurrency and throughput (comma,
 * semicolon or tab separated), an optional header line, blank lines and {@code #} comments ignored. Every error
 * names the file and line. Stateless.
 */
public final class UslCsv {
    private UslCsv() {}

    /** @return the points of {@code file}; a {@link BadInputException} naming the line for anything else */
    public static List<UslPoint> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the CSV file (" + e.getMessage() + ")", e);
        }
        List<UslPoint> points = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\t]");
            if (first && isHeader(cells)) {
                first = false;
                continue;
            }
            first = false;
            points.add(point(file, i + 1, cells));
        }
        if (points.size() < UslFitter.MIN_POINTS) {
            throw new BadInputException(file + ": " + points.size() + " data line(s); a USL fit needs at least "
                    + UslFitter.MIN_POINTS + " (columns: concurrency,throughput)");
        }
        return points;
    }

    private static boolean isHeader(String[] cells) {
        return cells.length > 0
                && !cells[0].isBlank()
                && !Character.isDigit(cells[0].strip().charAt(0))
                && !cells[0].strip().startsWith(".")
                && !cells[0].strip().startsWith("-");
    }

    private static UslPoint point(Path file, int lineNo, String[] cells) {
        if (cells.length != 2) {
            throw new BadInputException(
                    file + " line " + lineNo + ": " + cells.length + " column(s); expected 2: concurrency,throughput");
        }
        double concurrency = number(file, lineNo, "concurrency", cells[0]);
        double throughput = number(file, lineNo, "throughput", cells[1]);
        return new UslPoint(concurrency, throughput);
    }

    private static double number(Path file, int lineNo, String column, String cell) {
        double value;
        try {
            value = Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(
                    String.format(
                            Locale.ROOT, "%s line %d: %s '%s' is not a number", file, lineNo, column, cell.strip()),
                    e);
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new BadInputException(String.format(
                    Locale.ROOT,
                    "%s line %d: %s %s: accepted values: a number > 0",
                    file,
                    lineNo,
                    column,
                    cell.strip()));
        }
        return value;
    }
}
