package org.sevasurge.service.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Encodes a QR code that is known to scan. The QR standard has eight mask patterns; an encoder picks the one with
 * the lowest penalty score, yet for about 1 content in 80 of the verification addresses that mask leaves data
 * patterns a detector takes for finder patterns, and a perfect image of the code does not decode (the flaky scan
 * test: every render of such a code failed, at any resolution). So every code is decoded here from a clean image
 * before it is printed, at several module sizes, and if it does not read back at every one, the next mask is
 * tried. That costs a few milliseconds per issued certificate. Stateless and thread-safe.
 */
final class QrEncoding {

    /** Module sizes, in pixels, the code must read back at: a fragile code fails at one of them. */
    private static final int[] CHECK_SCALES = {2, 3, 4, 5, 6, 7};
    private static final int MASKS = 8;
    private static final int QUIET_ZONE_MODULES = QrCodeBlock.QUIET_ZONE_MODULES;

    private QrEncoding() {
    }

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
        throw new IllegalArgumentException("no QR mask pattern gives a code of " + text.length()
                + " characters that reads back");
    }

    private static BitMatrix encode(String text, Integer mask) {
        // Level M survives ~15 % damage (a fold, a stamp over a corner) and keeps the code small enough to print
        // the long verification address legibly. Margin 0 because the quiet zone is drawn by the caller.
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

    static boolean readsBack(BitMatrix code, String text) {
        for (int scale : CHECK_SCALES) {
            if (!text.equals(decode(code, scale))) {
                return false;
            }
        }
        return true;
    }

    /** Draws the code at {@code scale} pixels a module and reads it. */
    private static @Nullable String decode(BitMatrix code, int scale) {
        int modules = code.getWidth();
        int side = (modules + 2 * QUIET_ZONE_MODULES) * scale;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (code.get(x, y)) {
                    int top = (y + QUIET_ZONE_MODULES) * scale;
                    int left = (x + QUIET_ZONE_MODULES) * scale;
                    for (int dy = 0; dy < scale; dy++) {
                        Arrays.fill(pixels, (top + dy) * side + left, (top + dy) * side + left + scale, 0xFF000000);
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
