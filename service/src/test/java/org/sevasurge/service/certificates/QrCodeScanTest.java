package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * A college scans the QR code printed on the certificate. The code's content changes with every signing key,
 * certificate number and service address, so one lucky draw proves nothing: this renders {@value #CERTIFICATES}
 * certificates, each with a fresh key, number and port, and every one must decode to its verification address.
 * Only the QR code's corner of the page is rasterised (at 150 DPI, then 200 DPI as a scanner's next frame, with
 * the page around it), which keeps the run to a few seconds.
 */
class QrCodeScanTest {

    private static final int CERTIFICATES = 200;
    /** A phone's frames: if the first (150 DPI) does not read, the next, a little closer (200 DPI), may. */
    private static final float[] FRAMES_DPI = {150, 200};
    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();
    private static final String[] SERVICES = {"INC", "RES", "OBC", "SCST", "BIR", "SHP"};

    @Test
    void everyRenderedCertificateScansToItsVerificationAddressWhateverItsKeyAndNumber() throws Exception {
        Random random = new Random(20_270_401L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            CertificateSigner signer = CertificateSigner.generateEphemeral();
            String service = SERVICES[random.nextInt(SERVICES.length)];
            String serial = String.format("%d-%07d", 2026 + random.nextInt(3), 1 + random.nextInt(9_999_999));
            CertificateContent content = new CertificateContent("CRT-" + service + "-" + serial,
                    "CG-" + service + "-" + serial, service, "Income Certificate", "Ramesh Kumar Sahu",
                    "Suresh Kumar Sahu", "Raipur", "LSK-0001", "Tehsildar", LocalDate.of(2027, 4, 1), null);
            byte[] signature = signer.sign(content);
            URI url = new CertificateIssuer(signer, RENDERER, null,
                    () -> "http://127.0.0.1:" + (1024 + random.nextInt(64_511)))
                    .verificationUrl(content.certificateNo(), signature);
            String decoded = scan(RENDERER.render(content, signature, signer.keyId(), url));
            if (!url.toString().equals(decoded)) {
                failures.add(content.certificateNo() + " key " + signer.keyId() + ": " + decoded);
            }
        }
        assertThat(failures).as("certificates whose QR code does not scan to their address, of %d", CERTIFICATES)
                .isEmpty();
    }

    /** Rasterises the lower-left corner of the page, where the QR code is, and decodes it; the text, or why not. */
    private static String scan(byte[] pdf) throws Exception {
        String result = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            page.setCropBox(new PDRectangle(0, 60, 330, 290));
            for (float dpi : FRAMES_DPI) {
                result = decode(new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB));
                if (!result.startsWith("(")) {
                    return result;
                }
            }
        }
        return result;
    }

    private static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return "(no QR code found)";
        } catch (ReaderException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }
}
