package org.sevasurge.service.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.detector.Detector;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Encodes a QR code that is known to scan. The QR standard has eight mask patterns; an encoder picks the one with
 * the lowest penalty score, yet for some verification addresses that mask leaves data patterns a detector takes
 * for finder patterns, and the code does not decode. Whether it does depends on how many pixels a module covers
 * and where the code starts within a pixel: a code that read back at whole module sizes (2 to 7 pixels) still failed
 * for about 1 key in 110 when the certificate's PDF was rasterised at 150 or 200 DPI (5.45 and 7.27 pixels a
 * module), and for 1 in 1,000 at both, which is the flaky scan test. So every code is read back before it is
 * printed at module sizes from 2.5 to 7.5 pixels, each starting on and half-way into a pixel, and if it fails at one
 * of them the next mask is tried.
 *
 * <p>How close together those sizes are depends on the code's size. The long verification address (a version 9
 * code, 53 modules) is checked every quarter pixel (42 decodes). The short address ({@link VerificationAddress}, a
 * version 3 code of 29 modules) is checked every half pixel (22 decodes on smaller images): over 2,000 random keys,
 * its codes drawn as the certificate draws them and rasterised at 150 and 200 DPI, none failed to scan, checked
 * every half pixel or every quarter pixel, against 12 (150 DPI) and 8 (200 DPI) of the long address's codes
 * checked every quarter pixel; whole sizes alone let 2 short codes fail in both frames, no check at all 5.
 * Stateless and thread-safe.
 */
final class QrEncoding {

    /**
     * Module sizes, in pixels, a code larger than {@link #HALF_STEP_MAX_MODULES} must read back at, every quarter
     * pixel from 2.5 to 7.5: the sizes a PDF viewer, a printer's scan or a camera sees the long address's 2.6 pt
     * modules at (2.6 px at 72 DPI, 5.45 px at 150 DPI, 7.27 px at 200 DPI). A fragile code fails at a few sizes
     * only (one failed at 3.25, 5.25 and 7.25 and read at every size between), so the sizes are close together.
     */
    private static final double[] QUARTER_SCALES = scales(2.5, 7.5, 0.25);
    /** The sizes a code of at most {@link #HALF_STEP_MAX_MODULES} must read back at: every half pixel. */
    private static final double[] HALF_SCALES = scales(2.5, 7.5, 0.5);
    /** The largest code, in modules a side, measured safe with {@link #HALF_SCALES}: version 3. */
    private static final int HALF_STEP_MAX_MODULES = 29;
    /** Where the code starts inside its first pixel, in pixels: a printed code rarely starts on a boundary. */
    private static final double[] PHASES = {0, 0.5};

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    private static final int MASKS = 8;
    private static final int QUIET_ZONE_MODULES = QrCodeBlock.QUIET_ZONE_MODULES;

    private QrEncoding() {}

    /**
     * The code of {@code text} at error-correction level M, without its quiet zone, that decodes back to
     * {@code text}.
     *
     * @throws IllegalArgumentException if {@code text} is too long for a QR code, or no mask reads back
     */
    static BitMatrix encode(String text) {
        BitMatrix preferred = encode(text, null);
        if (readsBack(preferred, text)) {
            return preferred;
        }
        for (int mask = 0; mask < MASKS; mask++) {
            BitMatrix masked = encode(text, mask);
            if (readsBack(masked, text)) {
                return masked;
            }
        }
        throw new IllegalArgumentException(
                "no QR mask pattern gives a code of " + text.length() + " characters that reads back");
    }

    private static BitMatrix encode(String text, Integer mask) {
        // Level M survives ~15 % damage (a fold, a stamp over a corner) and keeps the code small enough to print
        // a long verification address legibly. Margin 0 because the quiet zone is drawn by the caller.
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            // Size 0 asks for one pixel per module: the matrix is the code itself, scaled by the caller.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    private static double[] scales(double smallest, double largest, double step) {
        int count = (int) Math.round((largest - smallest) / step) + 1;
        double[] scales = new double[count];
        for (int i = 0; i < count; i++) {
            scales[i] = smallest + i * step;
        }
        return scales;
    }

    static boolean readsBack(BitMatrix code, String text) {
        for (double scale : code.getWidth() <= HALF_STEP_MAX_MODULES ? HALF_SCALES : QUARTER_SCALES) {
            for (double phase : PHASES) {
                if (!text.equals(decode(code, scale, phase))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Draws the code at {@code scale} pixels a module, starting {@code phase} of a pixel in, as black and white
     * pixels (what a binarizer makes of a rasterised or photographed code: at 5.45 px a module some modules are 5
     * pixels wide and some 6), and reads it with the QR detector and decoder.
     */
    private static @Nullable String decode(BitMatrix code, double scale, double phase) {
        int modules = code.getWidth();
        int side = (int) Math.ceil((modules + 2 * QUIET_ZONE_MODULES) * scale + phase) + 1;
        BitMatrix image = new BitMatrix(side, side);
        int[] edges = new int[modules + 1];
        for (int i = 0; i <= modules; i++) {
            edges[i] = (int) Math.round((i + QUIET_ZONE_MODULES) * scale + phase);
        }
        // Each module row is drawn once, as one image row, then copied into the image rows it covers: setting
        // pixels one by one (BitMatrix.setRegion per module) cost more than the detection that reads them.
        BitArray pixels = new BitArray(side);
        for (int y = 0; y < modules; y++) {
            pixels.clear();
            for (int x = 0; x < modules; x++) {
                if (code.get(x, y)) {
                    pixels.setRange(edges[x], edges[x + 1]);
                }
            }
            for (int row = edges[y]; row < edges[y + 1]; row++) {
                image.setRow(row, pixels);
            }
        }
        try {
            DetectorResult detected = new Detector(image).detect(HINTS);
            return new Decoder().decode(detected.getBits(), HINTS).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
