package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sevasurge.service.fixtures.SampleCertificates;

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
            CertificateContent content = SampleCertificates.numbered(service, serial);
            byte[] signature = signer.sign(content);
            URI url = new CertificateIssuer(
                            signer, RENDERER, null, () -> "http://127.0.0.1:" + (1024 + random.nextInt(64_511)))
                    .verificationUrl(content.certificateNo(), signature);
            String decoded = scan(RENDERER.render(content, signature, signer.keyId(), url));
            if (!url.toString().equals(decoded)) {
                failures.add(content.certificateNo() + " key " + signer.keyId() + ": " + decoded);
            }
        }
        assertThat(failures)
                .as("certificates whose QR code does not scan to their address, of %d", CERTIFICATES)
                .isEmpty();
    }

    /**
     * Addresses whose code, as the encoder first chose it, did not scan in either frame: 5 of 5,000 random keys
     * before the read-back checked fractional module sizes. Their codes must now scan in both frames.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:46173/api/v1/certificates/CRT-RES-2027-0802005/verification?signature=o45s_rZVLbO6iu4YqRzEF"
                        + "MMojM3O3vEq67zlfbHbipbOv--48kBZT6ypDV6fJASpcbjjw2UJpvi9eqmEveroAQ",
                "http://127.0.0.1:6691/api/v1/certificates/CRT-RES-2027-1597366/verification?signature=Sm9A6QlR_Dw3RKhCjXXPI"
                        + "e6Rj-kqMfM16a-uVMvwh9TI7Qta6rgf5SZ9WAdMqmyHXxy81JgTMqeLhWUtS_d8Aw",
                "http://127.0.0.1:6400/api/v1/certificates/CRT-SCST-2027-9852195/verification?signature=I6-rkMdu4UAxdoNXfLchI"
                        + "p4NxizsUP9rm9E09uIKte32vnkCE90A409M3w8XgQ7ZW8PakQYvV9TP_XAY7MqlAg",
                "http://127.0.0.1:22283/api/v1/certificates/CRT-SHP-2028-9802959/verification?signature=TT1t4_ea15rTxkdj1Moc"
                        + "mTKNQJLLiotnZOc1u05_00Z2aMFc-crfGfJ1k6FBjTz-e1iyQPhYFitsbhHTWddJCw",
                "http://127.0.0.1:6826/api/v1/certificates/CRT-SCST-2026-0259960/verification?signature=Msv4Nbg61q12VYCVJuLqY"
                        + "hICDHig4v70t69OgeWtrAFcXketxsDzOR9VZXHlRKEC0IZLP-DXUAbSyPHI9tvdAw"
            })
    void anAddressWhoseFirstCodeDidNotScanNowScansInEveryFrame(String address) throws Exception {
        URI url = URI.create(address);
        byte[] signature = CertificateSigner.fromBase64Url(url.getQuery().substring("signature=".length()));
        CertificateContent content = SampleCertificates.numbered("INC", "2027-0000123");
        byte[] pdf = RENDERER.render(content, signature, "4c81f6c73277fd68", url);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getPage(0).setCropBox(new PDRectangle(0, 60, 330, 290));
            for (float dpi : FRAMES_DPI) {
                assertThat(decode(new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB)))
                        .as("scanned at %s DPI", dpi)
                        .isEqualTo(address);
            }
        }
    }

    /** Rasterises the lower-left corner of the page, where the QR code is, and decodes it; the text, or why not. */
    static String scan(byte[] pdf) throws Exception {
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
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (NotFoundException e) {
            return "(no QR code found)";
        } catch (ReaderException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }
}
