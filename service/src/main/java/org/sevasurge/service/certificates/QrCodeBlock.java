package org.sevasurge.service.certificates;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A QR code drawn as vector rectangles straight into a PDF content stream: no raster image to encode or
 * compress, and it stays sharp at any zoom or print resolution. The code is one that reads back (see
 * {@link QrEncoding}). Stateless and thread-safe.
 */
final class QrCodeBlock {

    /** The quiet zone the QR standard asks for, in modules on each side; scanners fail without it. */
    static final int QUIET_ZONE_MODULES = 6;

    private QrCodeBlock() {}

    /**
     * Draws {@code text} as a QR code whose square, quiet zone included, has its lower-left corner at
     * ({@code x}, {@code y}) and sides of {@code sidePoints}; leaves the fill colour black.
     *
     * @throws IllegalArgumentException if {@code text} is too long for a QR code
     */
    static void draw(PDPageContentStream stream, String text, float x, float y, float sidePoints) throws IOException {
        BitMatrix matrix = QrEncoding.encode(text);
        int modules = matrix.getWidth();
        float module = sidePoints / (modules + 2 * QUIET_ZONE_MODULES);
        stream.setNonStrokingColor(1f);
        stream.addRect(x, y, sidePoints, sidePoints);
        stream.fill();
        stream.setNonStrokingColor(0f);
        // On a grid of one unit per module, origin at the code's top-left corner, y downwards: neighbouring rows
        // share their edges at exact whole numbers instead of at rounded page coordinates.
        stream.saveGraphicsState();
        stream.transform(new Matrix(
                module, 0, 0, -module, x + QUIET_ZONE_MODULES * module, y + sidePoints - QUIET_ZONE_MODULES * module));
        for (int row = 0; row < modules; row++) {
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
                stream.addRect(start, row, column - start, 1);
            }
        }
        stream.fill();
        stream.restoreGraphicsState();
    }
}
