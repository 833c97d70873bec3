package org.sevasurge.service.certificates;

import java.io.IOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for the Standard 14 fonts: sanitising to WinAnsi and wrapping to a width in points.
 * Stateless and thread-safe.
 */
final class PdfText {

    /** What an unrepresentable character prints as. */
    static final char REPLACEMENT = '?';

    private static final char HIGHEST_WIN_ANSI = '\u2122';
    // Filled once in the static initialiser and only read afterwards, so sharing it between threads is safe.
    private static final boolean[] WIN_ANSI = winAnsiTable();

    private PdfText() {}

    /**
     * {@code text} reduced to characters the Standard 14 fonts can draw (WinAnsi, Windows-1252): they have no
     * Devanagari or other Indic glyphs, and PDFBox throws on any character outside the encoding, which must not
     * fail an approval. Accented Latin outside WinAnsi loses its accent (a romanised "Rāmā" prints "Rama"),
     * combining marks and invisible format characters are dropped (so a Devanagari vowel sign adds nothing),
     * controls become spaces, and anything else prints as {@value #REPLACEMENT}. Only the printed copy changes:
     * the signed content and the verification answer keep the exact Unicode.
     */
    static String winAnsi(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWinAnsi(cp)) {
                out.append((char) cp);
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                appendFallback(out, cp);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} (already WinAnsi) broken at spaces into lines no wider than {@code widthPoints}. Linear in the
     * text's length: widths are summed in font units (1/1000 em), which are whole numbers for the Standard 14
     * fonts, so the sums are exact and agree with {@link #width}.
     */
    static List<String> wrap(String text, PDFont font, float fontSize, float widthPoints) throws IOException {
        float maxUnits = widthPoints * 1000f / fontSize;
        float spaceUnits = font.getStringWidth(" ");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        for (String word : text.split(" +")) {
            float wordUnits = font.getStringWidth(word);
            if (line.length() > 0 && lineUnits + spaceUnits + wordUnits <= maxUnits) {
                line.append(' ').append(word);
                lineUnits += spaceUnits + wordUnits;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (wordUnits <= maxUnits) {
                line.append(word);
                lineUnits = wordUnits;
                continue;
            }
            lineUnits = 0;
            // A word wider than the line (a URL, a signature) is broken between characters.
            for (int i = 0; i < word.length(); i++) {
                float charUnits = font.getStringWidth(word.substring(i, i + 1));
                if (line.length() > 0 && lineUnits + charUnits > maxUnits) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineUnits = 0;
                }
                line.append(word.charAt(i));
                lineUnits += charUnits;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of {@code text} (already WinAnsi) in points. */
    static float width(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(text) * fontSize / 1000f;
    }

    private static void appendFallback(StringBuilder out, int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT) {
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        int before = out.length();
        decomposed
                .codePoints()
                .filter(PdfText::isWinAnsi)
                .filter(c -> !Character.isISOControl(c))
                .forEach(c -> out.append((char) c));
        if (out.length() == before) {
            out.append(REPLACEMENT);
        }
    }

    private static boolean isWinAnsi(int cp) {
        return cp <= HIGHEST_WIN_ANSI && WIN_ANSI[cp];
    }

    /**
     * The printable characters of Windows-1252, which is PDF's WinAnsiEncoding; its five undefined bytes
     * decode to U+FFFD and DEL has no glyph, so those stay out.
     */
    private static boolean[] winAnsiTable() {
        boolean[] table = new boolean[HIGHEST_WIN_ANSI + 1];
        Charset windows1252 = Charset.forName("windows-1252");
        for (int b = 0x20; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, windows1252).charAt(0);
            if (c <= HIGHEST_WIN_ANSI && b != 0x7F) {
                table[c] = true;
            }
        }
        return table;
    }
}
