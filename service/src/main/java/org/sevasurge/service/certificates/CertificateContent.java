package org.sevasurge.service.certificates;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate says, and so what its signature covers. Immutable and thread-safe.
 *
 * @param certificateNo   e.g. {@code CRT-INC-2027-0000123}
 * @param applicationNo   e.g. {@code CG-INC-2027-0000123}
 * @param serviceCode     e.g. {@code INC}
 * @param serviceName     e.g. {@code Income Certificate}
 * @param centreId        the public service centre that took the application, e.g. {@code LSK-0001}
 * @param approvingOffice e.g. {@code Tehsildar}
 * @param issuedOn        the issue date (a calendar date in India, no time zone)
 * @param validUntil      the last day it is valid on, or null when it does not expire
 */
public record CertificateContent(
        String certificateNo,
        String applicationNo,
        String serviceCode,
        String serviceName,
        String applicantName,
        String guardianName,
        String district,
        String centreId,
        String approvingOffice,
        LocalDate issuedOn,
        @Nullable LocalDate validUntil) {

    /** Names the encoding, so a later format can be told apart from this one by whoever verifies. */
    static final String CANONICAL_VERSION = "sevasurge-cert-v1";

    public CertificateContent {
        requireText(certificateNo, "certificateNo");
        requireText(applicationNo, "applicationNo");
        requireText(serviceCode, "serviceCode");
        requireText(serviceName, "serviceName");
        requireText(applicantName, "applicantName");
        requireText(guardianName, "guardianName");
        requireText(district, "district");
        requireText(centreId, "centreId");
        requireText(approvingOffice, "approvingOffice");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /**
     * The bytes that are signed: the version line, then every field in a fixed order as
     * {@code name:length:value\n}, the length counting the value's UTF-8 bytes, so no value can spill into its
     * neighbour whatever characters it holds. An absent {@code validUntil} is written {@code validUntil:-\n},
     * which no present value (always {@code name:<digits>:...}) can produce. Dates are ISO-8601.
     */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(320);
        write(out, CANONICAL_VERSION + "\n");
        field(out, "certificateNo", certificateNo);
        field(out, "applicationNo", applicationNo);
        field(out, "serviceCode", serviceCode);
        field(out, "serviceName", serviceName);
        field(out, "applicantName", applicantName);
        field(out, "guardianName", guardianName);
        field(out, "district", district);
        field(out, "centreId", centreId);
        field(out, "approvingOffice", approvingOffice);
        field(out, "issuedOn", issuedOn.toString());
        if (validUntil == null) {
            write(out, "validUntil:-\n");
        } else {
            field(out, "validUntil", validUntil.toString());
        }
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        write(out, name + ":" + bytes.length + ":");
        out.writeBytes(bytes);
        out.write('\n');
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Java's UTF-8 encoder turns an unpaired surrogate into {@code ?}, so two different strings could sign
     * alike; such text cannot come from valid UTF-8 input (nor be stored in PostgreSQL), so it is refused here.
     */
    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " has an unpaired UTF-16 surrogate at index " + i);
            }
        }
    }
}
