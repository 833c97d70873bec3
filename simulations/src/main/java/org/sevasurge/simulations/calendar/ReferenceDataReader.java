package org.sevasurge.simulations.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the calendar's {@code reference} block into {@link ReferenceData}. Centres come either from a rule
 * ({@code centreDistricts: round-robin}: centre {@code n} is in the {@code (n - 1) mod D}-th district in code order,
 * as the reference service seeds them, with ids from {@code centreIdFormat}) or from a CSV file beside the calendar
 * ({@code centreId,district} per line; a header line and {@code #} comments are skipped). Stateless.
 */
final class ReferenceDataReader {
    static final String ROUND_ROBIN = "round-robin";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String CODE_ACCEPTED = "codes of 1 to 64 letters, digits, '.', '_' or '-'";

    private ReferenceDataReader() {}

    /**
     * @param node          the {@code reference} block
     * @param centres       how many centres the run uses ({@code volume.centres}): the rule makes that many, a file
     *                      must list at least that many
     * @param baseDirectory where a centre file named in the block is looked for (the calendar's directory)
     */
    static ReferenceData read(ConfigNode node, int centres, Path baseDirectory) {
        node.allowOnly(Set.of("serviceCodes", "districts", "centreIdFormat", "centreDistricts"));
        List<String> serviceCodes = codes(node, "serviceCodes");
        List<String> districts = codes(node, "districts");
        String rule = node.text("centreDistricts", null);
        if (rule == null) {
            throw node.error(
                    "centreDistricts",
                    "is missing",
                    ROUND_ROBIN + ", or the name of a CSV file beside the calendar (centreId,district per line)");
        }
        List<String> ids = new ArrayList<>();
        List<String> ofDistrict = new ArrayList<>();
        if (rule.equals(ROUND_ROBIN)) {
            String format = node.text("centreIdFormat", null);
            List<String> byCode = List.copyOf(new TreeSet<>(districts));
            for (int n = 1; n <= centres; n++) {
                ids.add(centreId(node, format, n));
                ofDistrict.add(byCode.get((n - 1) % byCode.size()));
            }
        } else {
            if (node.has("centreIdFormat")) {
                throw node.error(
                        "centreIdFormat",
                        "is set with a centre file",
                        "no centreIdFormat when centreDistricts names a file (the file holds the ids)");
            }
            readCentreFile(node, baseDirectory.resolve(rule), Set.copyOf(districts), ids, ofDistrict);
            if (ids.size() < centres) {
                throw node.error(
                        "centreDistricts",
                        "= \"" + rule + "\" lists " + ids.size() + " centres, fewer than volume.centres = " + centres,
                        "a file listing at least volume.centres centres");
            }
        }
        return new ReferenceData(serviceCodes, districts, ids.subList(0, centres), ofDistrict.subList(0, centres));
    }

    private static List<String> codes(ConfigNode node, String key) {
        List<String> codes = node.texts(key, "a non-empty list of " + CODE_ACCEPTED);
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw node.error(key, "holds \"" + code + "\"", "a non-empty list of " + CODE_ACCEPTED);
            }
            if (!seen.add(code)) {
                throw node.error(key, "holds \"" + code + "\" twice", "a list of distinct codes");
            }
        }
        return codes;
    }

    private static String centreId(ConfigNode node, String format, int n) {
        String accepted = "a Java format of the centre number n from 1, e.g. \"LSK-%04d\", making " + CODE_ACCEPTED;
        if (format == null) {
            throw node.error("centreIdFormat", "is missing", accepted);
        }
        String id;
        try {
            id = String.format(format, n);
        } catch (IllegalFormatException e) {
            throw node.error("centreIdFormat", "= \"" + format + "\" is not a format of one number", accepted);
        }
        if (!CODE.matcher(id).matches() || n == 1 && id.equals(String.format(format, 2))) {
            throw node.error("centreIdFormat", "= \"" + format + "\" makes \"" + id + "\"", accepted);
        }
        return id;
    }

    private static void readCentreFile(
            ConfigNode node, Path file, Set<String> districts, List<String> ids, List<String> ofDistrict) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw node.error(
                    "centreDistricts",
                    "names " + file + ", which cannot be read (" + e.getMessage() + ")",
                    ROUND_ROBIN + ", or a readable CSV file beside the calendar");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || i == 0 && line.equalsIgnoreCase("centreId,district")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            String where = file + " line " + (i + 1);
            if (fields.length != 2 || !CODE.matcher(fields[0].strip()).matches()) {
                throw new CalendarException(where + ": \"" + line + "\" is not a centre: accepted values: "
                        + "centreId,district with " + CODE_ACCEPTED);
            }
            String id = fields[0].strip();
            String district = fields[1].strip();
            if (!districts.contains(district)) {
                throw new CalendarException(where + ": district \"" + district + "\" is not in reference.districts: "
                        + "accepted values: " + String.join(", ", new TreeSet<>(districts)));
            }
            if (!seen.add(id)) {
                throw new CalendarException(
                        where + ": centre " + id + " is listed twice: accepted values: each " + "centre once");
            }
            ids.add(id);
            ofDistrict.add(district);
        }
    }
}
