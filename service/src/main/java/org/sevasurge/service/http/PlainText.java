package org.sevasurge.service.http;

import org.jspecify.annotations.Nullable;

/**
 * What text the service accepts in names, remarks and identifiers: printable characters only, so that nothing
 * typed at a counter can move a terminal's cursor (ANSI escapes), split an SMS or log line (CR, LF), reverse a
 * name on the printed certificate (bidirectional overrides), or be refused by PostgreSQL (U+0000, an unpaired
 * surrogate). Joiners and combining marks stay allowed: Devanagari and other Indic scripts need them. Stateless.
 */
public final class PlainText {

    private PlainText() {}

    /**
     * Why {@code value} is not acceptable text, or null when it is. {@code multiline} text (remarks, addresses)
     * may also hold line breaks and tabs.
     */
    public static @Nullable String problem(String value, boolean multiline) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.isSurrogate(value.charAt(i)) && Character.charCount(cp) == 1) {
                return "has an unpaired UTF-16 surrogate at character " + (i + 1) + "; send valid UTF-8";
            }
            int type = Character.getType(cp);
            boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t';
            if (type == Character.CONTROL && !(multiline && lineBreak)
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return String.format(
                        "contains the control character U+%04X at character %d; %s",
                        cp,
                        i + 1,
                        multiline ? "only line breaks and tabs are allowed" : "it must be one line of plain text");
            }
            if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
                return String.format(
                        "contains the bidirectional control U+%04X at character %d, which can disguise"
                                + " text; remove it",
                        cp, i + 1);
            }
            if (cp == 0xFFFE || cp == 0xFFFF) {
                return String.format("contains the noncharacter U+%04X at character %d", cp, i + 1);
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
