package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sevasurge.service.fixtures.SampleCertificates;

class CertificateContentTest {

    @Test
    void movingTheBoundaryBetweenTwoAdjacentFieldsChangesTheEncoding() {
        CertificateContent abThenC = new CertificateContent(
                "CRT-1",
                "CG-1",
                "INC",
                "Income Certificate",
                "AB",
                "C",
                "Raipur",
                "LSK-0001",
                "Tehsildar",
                LocalDate.of(2027, 4, 1),
                null);
        CertificateContent aThenBc = new CertificateContent(
                "CRT-1",
                "CG-1",
                "INC",
                "Income Certificate",
                "A",
                "BC",
                "Raipur",
                "LSK-0001",
                "Tehsildar",
                LocalDate.of(2027, 4, 1),
                null);

        assertThat(abThenC.canonicalBytes())
                .as("a name that ends where the next begins must not sign alike")
                .isNotEqualTo(aThenBc.canonicalBytes());
    }

    @Test
    void aValueThatLooksLikeTheNextFieldCannotForgeIt() {
        CertificateContent honest = new CertificateContent(
                "CRT-1",
                "CG-1",
                "INC",
                "Income Certificate",
                "Asha",
                "Ravi",
                "Raipur",
                "LSK-0001",
                "Tehsildar",
                LocalDate.of(2027, 4, 1),
                null);
        CertificateContent smuggled = new CertificateContent(
                "CRT-1",
                "CG-1",
                "INC",
                "Income Certificate",
                "Asha\nguardianName:4:Ravi",
                "",
                "Raipur",
                "LSK-0001",
                "Tehsildar",
                LocalDate.of(2027, 4, 1),
                null);

        assertThat(honest.canonicalBytes())
                .as("the length prefix, not the separator, bounds each value")
                .isNotEqualTo(smuggled.canonicalBytes());
    }

    @Test
    void noExpiryEncodesDifferentlyFromAnyDate() {
        CertificateContent lifelong = SampleCertificates.income();
        lifelong = new CertificateContent(
                lifelong.certificateNo(),
                lifelong.applicationNo(),
                lifelong.serviceCode(),
                lifelong.serviceName(),
                lifelong.applicantName(),
                lifelong.guardianName(),
                lifelong.district(),
                lifelong.centreId(),
                lifelong.approvingOffice(),
                lifelong.issuedOn(),
                null);

        assertThat(new String(lifelong.canonicalBytes(), StandardCharsets.UTF_8))
                .as("an absent date is explicit")
                .endsWith("validUntil:-\n");
        assertThat(lifelong.canonicalBytes())
                .isNotEqualTo(SampleCertificates.income().canonicalBytes());
    }

    @Test
    void theEncodingStartsWithItsVersionAndCountsUtf8Bytes() {
        CertificateContent content = SampleCertificates.withChanged(SampleCertificates.income(), "serviceCode");
        CertificateContent hindi = new CertificateContent(
                "CRT-1",
                "CG-1",
                "INC",
                "Income Certificate",
                "रमेश",
                "सुरेश",
                "Raipur",
                "LSK-0001",
                "Tehsildar",
                LocalDate.of(2027, 4, 1),
                null);

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
        assertThatThrownBy(() -> new CertificateContent(
                        "CRT-1",
                        "CG-1",
                        "INC",
                        "Income Certificate",
                        "Asha\uD800",
                        "Ravi",
                        "Raipur",
                        "LSK-0001",
                        "Tehsildar",
                        LocalDate.of(2027, 4, 1),
                        null))
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
