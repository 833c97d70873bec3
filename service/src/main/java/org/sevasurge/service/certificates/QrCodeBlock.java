package org.sevasurge.service.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector rectangles straight into a PDF content stream: no raster image to encode or
 * compress, and it stays sharp at any zoom or print resolution. Stateless and thread-safe.
 */
final class QrCodeBlock {

    /** The quiet zone the QR standard asks for, in modules on each side; scanners fail without it. */
    static final int QUIET_ZONE_MODULES = 4;

    // Level M survives ~15 % damage (a fold, a stamp over a corner) and keeps the code small enough to print
    // the long verification address legibly. Margin 0 because the quiet zone is drawn here.
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 0);

    private QrCodeBlock() {
    }

    /**
     * Draws {@code text} as a QR code whose square, quiet zone included, has its lower-left corner at
     * ({@code x}, {@code y}) and sides of {@code sidePoints}; leaves the fill colour black.
     *
     * @throws IllegalArgumentException if {@code text} is too long for a QR code
     */
    static void draw(PDPageContentStream stream, String text, float x, float y, float sidePoints)
            throws IOException {
        BitMatrix matrix = encode(text);
        int modules = matrix.getWidth();
        float module = sidePoints / (modules + 2 * QUIET_ZONE_MODULES);
        stream.setNonStrokingColor(1f);
        stream.addRect(x, y, sidePoints, sidePoints);
        stream.fill();
        stream.setNonStrokingColor(0f);
        float left = x + QUIET_ZONE_MODULES * module;
        float top = y + sidePoints - QUIET_ZONE_MODULES * module;
        for (int row = 0; row < modules; row++) {
            float rowBottom = top - (row + 1) * module;
            int column = 0;
            // One rectangle per run of dark modules rather than per module: about a third of the operators.
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                stream.addRect(left + start * module, rowBottom, (column - start) * module, module);
            }
        }
        stream.fill();
    }

    private static BitMatrix encode(String text) {
        try {
            // Size 0 asks for one pixel per module: the matrix is the code itself, scaled here.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }
}
