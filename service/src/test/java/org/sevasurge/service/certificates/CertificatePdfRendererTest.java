package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.SampleCertificates;

class CertificatePdfRendererTest {

    private static final CertificateSigner SIGNER = CertificateSigner.generateEphemeral();
    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();
    private static final CertificateContent CONTENT = SampleCertificates.income();

    private static byte[] signature;
    private static URI verificationUrl;
    private static byte[] pdf;

    @BeforeAll
    static void renderOnce() {
        signature = SIGNER.sign(CONTENT);
        // The address the service prints: its short form, as the issuer makes it.
        verificationUrl = new CertificateIssuer(SIGNER, RENDERER, null, () -> "http://127.0.0.1:8080")
                .verificationUrl(CONTENT.certificateNo(), signature);
        pdf = RENDERER.render(CONTENT, signature, SIGNER.keyId(), verificationUrl);
    }

    @Test
    void theCertificateIsAOnePageA4PdfWithItsNumberAsSubject() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages())
                    .as("a certificate is one sheet")
                    .isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("A4 is 595 points wide")
                    .isBetween(595f, 596f);
            assertThat(document.getDocumentInformation().getSubject())
                    .as("findable by number in a DMS")
                    .isEqualTo(CONTENT.certificateNo());
            assertThat(document.getDocumentInformation().getTitle()).contains("Income Certificate");
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
        }
    }

    @Test
    void thePrintedTextNamesTheApplicantTheNumbersAndTheSignature() throws IOException {
        String text = text(pdf);

        assertThat(text)
                .as("what a clerk reads off the paper")
                .contains(
                        "Government of Chhattisgarh",
                        "INCOME CERTIFICATE",
                        CONTENT.certificateNo(),
                        CONTENT.applicationNo(),
                        CONTENT.applicantName(),
                        CONTENT.guardianName(),
                        "Raipur",
                        "Tehsildar",
                        "LSK-0001",
                        "01/04/2027",
                        "31/03/2028",
                        SIGNER.keyId());
        assertThat(text.replaceAll("\\s", ""))
                .as("the signature is printed whole, if wrapped")
                .contains(CertificateSigner.toBase64Url(signature));
    }

    /**
     * The key is drawn afresh each run, so the code differs each time: it is read as a phone does, frame after frame
     * (see {@link QrCodeScanTest}, which holds this over hundreds of keys; one 150 DPI frame alone missed 1 of 2,000).
     */
    @Test
    void theQrCodeDecodesToTheVerificationAddress() throws Exception {
        assertThat(QrCodeScanTest.scan(pdf))
                .as("a phone scanning the paper lands on the public check")
                .isEqualTo(verificationUrl.toString());
    }

    @Test
    void aNameInDevanagariPrintsWithoutFailingTheApproval() throws IOException {
        CertificateContent hindi = SampleCertificates.heldBy("रमेश साहू", "Zoë Rāmā \u200D\t");

        byte[] rendered = RENDERER.render(hindi, SIGNER.sign(hindi), SIGNER.keyId(), verificationUrl);

        assertThat(text(rendered))
                .as("the Standard 14 fonts have no Devanagari; the rest still prints")
                .contains(hindi.certificateNo(), "Zoë Rama", "No expiry", "It does not expire.")
                .doesNotContain("रमेश");
    }

    @Test
    void longNamesAreWrappedRatherThanRunOffThePage() throws IOException {
        String longName =
                "Venkata Subrahmanya Lakshmi Narasimha Satyanarayana Murthy Chakravarthula" + " Sri Ramachandra Prasad";
        CertificateContent content = SampleCertificates.heldBy(longName, longName);

        String text = text(RENDERER.render(content, SIGNER.sign(content), SIGNER.keyId(), verificationUrl));

        assertThat(text.replaceAll("\\s+", " "))
                .as("all of the name is on the page")
                .contains(longName);
    }

    private static String text(byte[] document) throws IOException {
        try (PDDocument loaded = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(loaded);
        }
    }
}
