package org.sevasurge.service.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders an issued certificate as a one-page A4 PDF: the certificate text, its digital signature and a QR code
 * of the public verification address. Lengths below are PDF points (1/72 inch). Stateless and thread-safe:
 * every render builds its own document and fonts, because PDFBox objects (fonts included, which cache widths
 * and encodings) are not safe to share between threads. Only the Standard 14 fonts are used, which need no
 * font file, so text is printed in WinAnsi (see {@link PdfText#winAnsi}).
 */
public final class CertificatePdfRenderer {

    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 60;
    private static final float TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float LABEL_WIDTH = 150;
    private static final float QR_SIDE = 170;
    private static final String STATE = "Government of Chhattisgarh";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final int SIGNATURE_CHARS_PER_LINE = 43;

    /**
     * The certificate as PDF bytes.
     *
     * @param signature       the signature of {@code content}, printed in base64url
     * @param keyId           the signing key's id, printed beside the signature
     * @param verificationUrl the public check, encoded in the QR code and printed beneath it
     */
    public byte[] render(CertificateContent content, byte[] signature, String keyId, URI verificationUrl) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document.getDocumentInformation(), content);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                new Page(stream).draw(content, signature, keyId, verificationUrl.toASCIIString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything is in memory: an IOException here is a PDFBox bug, not a condition to handle.
            throw new UncheckedIOException("Could not render certificate " + content.certificateNo(), e);
        }
    }

    private static void describe(PDDocumentInformation info, CertificateContent content) {
        info.setTitle(content.serviceName() + " " + content.certificateNo());
        info.setSubject(content.certificateNo());
        info.setAuthor(STATE);
        info.setCreator("Seva Surge e-District certificate service");
        // The certificate's date, not the clock's: a re-render (after a template change, say) keeps it.
        info.setCreationDate(GregorianCalendar.from(content.issuedOn().atStartOfDay(INDIA)));
    }

    /** One render's drawing state; never shared. */
    private static final class Page {
        private final PDPageContentStream stream;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        // Monospaced for the signature: base64url has I, l and 1, which Helvetica makes hard to tell apart.
        private final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
        private float y = PAGE_HEIGHT - 90;

        Page(PDPageContentStream stream) {
            this.stream = stream;
        }

        void draw(CertificateContent c, byte[] signature, String keyId, String url) throws IOException {
            border();
            centred(STATE, bold, 20, 26);
            centred("Office of the " + c.approvingOffice() + ", " + c.district() + " District", regular, 12, 36);
            centred(c.serviceName().toUpperCase(Locale.ROOT), bold, 17, 34);
            field("Certificate No.", c.certificateNo());
            field("Application No.", c.applicationNo());
            field("Date of issue", DATE.format(c.issuedOn()));
            field("Valid until", c.validUntil() == null ? "No expiry" : DATE.format(c.validUntil()));
            field("Issuing office", c.approvingOffice() + ", " + c.district());
            field("Public service centre", c.centreId());
            y -= 18;
            paragraph(certifies(c), regular, 11, 16);
            signatureBlock(signature, keyId, url);
            footer();
        }

        private static String certifies(CertificateContent c) {
            String validity = c.validUntil() == null
                    ? "It does not expire."
                    : "It is valid until " + DATE.format(c.validUntil()) + ".";
            return "This is to certify that " + c.applicantName() + ", whose parent or guardian is "
                    + c.guardianName() + ", resident of " + c.district() + " District, Chhattisgarh, applied for"
                    + " this " + c.serviceName() + " under application number " + c.applicationNo()
                    + " at public service centre " + c.centreId() + ". The application has been examined and"
                    + " approved by the office of the " + c.approvingOffice() + ", and this certificate, number "
                    + c.certificateNo() + ", is issued on " + DATE.format(c.issuedOn()) + ". " + validity;
        }

        private void signatureBlock(byte[] signature, String keyId, String url) throws IOException {
            float qrBottom = 110;
            QrCodeBlock.draw(stream, url, MARGIN - 10, qrBottom, QR_SIDE);
            float x = MARGIN + QR_SIDE + 5;
            float width = PAGE_WIDTH - MARGIN - x;
            y = qrBottom + QR_SIDE - 12;
            lines(List.of("Digitally signed"), bold, 11, 15, x);
            lines(
                    PdfText.wrap(PdfText.winAnsi("Signature (key id " + keyId + "):"), regular, 9, width),
                    regular,
                    9,
                    12,
                    x);
            String encoded = CertificateSigner.toBase64Url(signature);
            for (int from = 0; from < encoded.length(); from += SIGNATURE_CHARS_PER_LINE) {
                lines(
                        List.of(encoded.substring(from, Math.min(encoded.length(), from + SIGNATURE_CHARS_PER_LINE))),
                        mono,
                        8,
                        10,
                        x);
            }
            y -= 6;
            lines(List.of("Scan the QR code, or open this address, to verify:"), regular, 9, 12, x);
            lines(PdfText.wrap(PdfText.winAnsi(url), mono, 7, width), mono, 7, 9, x);
        }

        private void footer() throws IOException {
            y = 78;
            paragraph(
                    "This certificate is digitally signed and needs no handwritten signature or seal. Check that"
                            + " it is genuine by scanning the QR code.",
                    regular,
                    8,
                    11);
        }

        private void border() throws IOException {
            stream.setLineWidth(2);
            stream.addRect(30, 30, PAGE_WIDTH - 60, PAGE_HEIGHT - 60);
            stream.stroke();
            stream.setLineWidth(0.5f);
            stream.addRect(36, 36, PAGE_WIDTH - 72, PAGE_HEIGHT - 72);
            stream.stroke();
        }

        private void centred(String text, PDFont font, float size, float advance) throws IOException {
            for (String line : PdfText.wrap(PdfText.winAnsi(text), font, size, TEXT_WIDTH)) {
                show(line, font, size, (PAGE_WIDTH - PdfText.width(line, font, size)) / 2);
                y -= advance;
            }
        }

        private void field(String label, String value) throws IOException {
            show(label, bold, 10, MARGIN);
            List<String> wrapped = PdfText.wrap(PdfText.winAnsi(value), regular, 10, TEXT_WIDTH - LABEL_WIDTH);
            lines(wrapped.isEmpty() ? List.of("") : wrapped, regular, 10, 14, MARGIN + LABEL_WIDTH);
            y -= 3;
        }

        private void paragraph(String text, PDFont font, float size, float leading) throws IOException {
            lines(PdfText.wrap(PdfText.winAnsi(text), font, size, TEXT_WIDTH), font, size, leading, MARGIN);
        }

        private void lines(List<String> lines, PDFont font, float size, float leading, float x) throws IOException {
            for (String line : lines) {
                show(line, font, size, x);
                y -= leading;
            }
        }

        private void show(String text, PDFont font, float size, float x) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }
    }
}
