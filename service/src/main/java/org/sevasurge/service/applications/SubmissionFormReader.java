package org.sevasurge.service.applications;

import static org.sevasurge.service.http.JsonFields.optionalText;
import static org.sevasurge.service.http.JsonFields.text;
import static org.sevasurge.service.http.JsonFields.unknownFields;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sevasurge.service.catalogue.Catalogue;
import org.sevasurge.service.http.JsonFields;
import org.sevasurge.service.http.Problem.FieldError;
import org.sevasurge.service.http.ProblemException;

/**
 * Reads and validates the JSON part of a submission, naming every field at fault: malformed JSON is a
 * {@code 400}; well-formed JSON that breaks a rule or names an unknown service, centre or district is a
 * {@code 422}. Thread-safe (stateless apart from the immutable catalogue).
 */
public final class SubmissionFormReader {

    private static final Pattern CENTRE = Pattern.compile("LSK-\\d{4}");
    /** Older than any living applicant: a date before it is a typing mistake (1800-01-01 for 2000-01-01). */
    private static final int MAX_AGE_YEARS = 120;

    private static final Pattern MOBILE = Pattern.compile("[6-9]\\d{9}");
    private static final Set<String> FIELDS = Set.of("serviceCode", "centreId", "district", "applicant", "purpose");
    private static final Set<String> APPLICANT_FIELDS =
            Set.of("name", "guardianName", "dateOfBirth", "gender", "mobile", "address");

    private final Catalogue catalogue;
    private final Clock clock;

    public SubmissionFormReader(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public SubmissionForm read(byte[] json) {
        JsonNode root = JsonFields.object(json, "application");
        List<FieldError> errors = new ArrayList<>();
        unknownFields(root, FIELDS, "", errors);
        String serviceCode = text(root, "serviceCode", "serviceCode", 1, 10, errors);
        String centreId = text(root, "centreId", "centreId", 8, 8, errors);
        String district = text(root, "district", "district", 1, 64, errors);
        String purpose = optionalText(root, "purpose", "purpose", 200, errors);
        Applicant applicant = applicant(root.get("applicant"), errors);
        if (errors.isEmpty()) {
            checkCatalogue(serviceCode, centreId, district, errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(
                        422, "the application names something the catalogue does not have", errors);
            }
            return new SubmissionForm(serviceCode, centreId, district, applicant, purpose);
        }
        throw ProblemException.invalid(422, "the application has invalid fields", errors);
    }

    private void checkCatalogue(String serviceCode, String centreId, String district, List<FieldError> errors) {
        if (catalogue.service(serviceCode).isEmpty()) {
            errors.add(new FieldError(
                    "serviceCode",
                    "unknown service code '" + serviceCode + "'; accepted: "
                            + String.join(", ", catalogue.serviceCodes())));
        }
        if (!CENTRE.matcher(centreId).matches()
                || catalogue.districtOfCentre(centreId).isEmpty()) {
            errors.add(new FieldError(
                    "centreId",
                    "unknown centre '" + centreId + "'; centres are LSK-0001 to LSK-"
                            + String.format("%04d", catalogue.centreCount())));
        } else if (!catalogue.isDistrict(district)) {
            errors.add(new FieldError("district", "unknown district '" + district + "'"));
        } else if (!catalogue.districtOfCentre(centreId).orElseThrow().equals(district)) {
            errors.add(new FieldError(
                    "district",
                    "centre " + centreId + " is in district "
                            + catalogue.districtOfCentre(centreId).orElseThrow() + ", not " + district));
        }
    }

    private @Nullable Applicant applicant(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("applicant", "is required"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("applicant", "must be an object"));
            return null;
        }
        unknownFields(node, APPLICANT_FIELDS, "applicant.", errors);
        String name = text(node, "name", "applicant.name", 1, 100, errors);
        String guardian = text(node, "guardianName", "applicant.guardianName", 1, 100, errors);
        String mobile = text(node, "mobile", "applicant.mobile", 10, 10, errors);
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.add(new FieldError("applicant.mobile", "must be 10 digits starting with 6, 7, 8 or 9"));
        }
        String gender = optionalText(node, "gender", "applicant.gender", 1, errors);
        if (gender != null && !Set.of("F", "M", "X").contains(gender)) {
            errors.add(new FieldError("applicant.gender", "must be F, M or X"));
        }
        String address = JsonFields.optionalFreeText(node, "address", "applicant.address", 300, errors);
        LocalDate dateOfBirth = dateOfBirth(node, errors);
        return new Applicant(name, guardian, dateOfBirth, gender, mobile, address);
    }

    private @Nullable LocalDate dateOfBirth(JsonNode node, List<FieldError> errors) {
        String text = text(node, "dateOfBirth", "applicant.dateOfBirth", 10, 10, errors);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            LocalDate today = LocalDate.now(clock);
            if (date.isAfter(today)) {
                errors.add(new FieldError("applicant.dateOfBirth", "is in the future"));
            } else if (date.isBefore(today.minusYears(MAX_AGE_YEARS))) {
                errors.add(new FieldError(
                        "applicant.dateOfBirth", "must be within the last " + MAX_AGE_YEARS + " years, got " + text));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("applicant.dateOfBirth", "must be a date as YYYY-MM-DD, got '" + text + "'"));
            return null;
        }
    }
}
