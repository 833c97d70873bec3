package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sevasurge.service.fixtures.SampleCertificates;

class CertificateContentTest {

    /** Pairs of holder and guardian names that a careless encoding would join into the same bytes, and why not. */
    static Stream<Arguments> namesThatMustEncodeApart() {
        return Stream.of(
                arguments("AB", "C", "A", "BC", "a name that ends where the next begins must not sign alike"),
                arguments(
                        "Asha",
                        "Ravi",
                        "Asha\nguardianName:4:Ravi",
                        "",
                        "a value that looks like the next field cannot forge it: the length prefix, not the separator,"
                                + " bounds each value"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("namesThatMustEncodeApart")
    void movingTheBoundaryBetweenTwoFieldsOrForgingTheNextChangesTheEncoding(
            String applicant, String guardian, String otherApplicant, String otherGuardian, String why) {
        assertThat(SampleCertificates.heldBy(applicant, guardian).canonicalBytes())
                .as(why)
                .isNotEqualTo(
                        SampleCertificates.heldBy(otherApplicant, otherGuardian).canonicalBytes());
    }

    @Test
    void noExpiryEncodesDifferentlyFromAnyDate() {
        CertificateContent lifelong = SampleCertificates.numbered("INC", "2027-0000123");

        assertThat(new String(lifelong.canonicalBytes(), StandardCharsets.UTF_8))
                .as("an absent date is explicit")
                .endsWith("validUntil:-\n");
        assertThat(lifelong.canonicalBytes())
                .isNotEqualTo(SampleCertificates.income().canonicalBytes());
    }

    @Test
    void theEncodingStartsWithItsVersionAndCountsUtf8Bytes() {
        CertificateContent content = SampleCertificates.withChanged(SampleCertificates.income(), "serviceCode");
        CertificateContent hindi = SampleCertificates.heldBy("रमेश", "सुरेश");

        assertThat(new String(content.canonicalBytes(), StandardCharsets.UTF_8))
                .as("a verifier must be able to tell formats apart")
                .startsWith("sevasurge-cert-v1\n")
                .contains("\nserviceCode:4:INCX\n");
        assertThat(new String(hindi.canonicalBytes(), StandardCharsets.UTF_8))
                .as("four Devanagari code points are twelve UTF-8 bytes")
                .contains("\napplicantName:12:रमेश\n");
    }

    @ParameterizedTest
    @MethodSource("org.sevasurge.service.fixtures.SampleCertificates#componentNames")
    void changingAnyFieldChangesTheEncoding(String component) {
        CertificateContent original = SampleCertificates.income();

        assertThat(SampleCertificates.withChanged(original, component).canonicalBytes())
                .as("every field is covered by the signature: %s", component)
                .isNotEqualTo(original.canonicalBytes());
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefusedBecauseUtf8CouldNotEncodeItFaithfully() {
        assertThatThrownBy(() -> SampleCertificates.heldBy("Asha\uD800", "Ravi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("applicantName");
    }

    @Test
    void everyFieldButTheExpiryIsRequired() {
        assertThatThrownBy(() -> new CertificateContent(
                        "CRT-1",
                        "CG-1",
                        "INC",
                        "Income Certificate",
                        "Asha",
                        null,
                        "Raipur",
                        "LSK-0001",
                        "Tehsildar",
                        LocalDate.of(2027, 4, 1),
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("guardianName");
    }
}
