package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfTextTest {

    private static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void winAnsiTextIsKeptAsItIs() {
        assertThat(PdfText.winAnsi("Zoë O’Brien – €5 ©"))
                .as("Windows-1252 has these")
                .isEqualTo("Zoë O’Brien – €5 ©");
    }

    /** Text the fonts cannot draw as it is: the text, what is printed instead, and why. */
    static Stream<Arguments> textOutsideWinAnsi() {
        return Stream.of(
                arguments("Rāmā Śarmā", "Rama Sarma", "romanised Indian names keep their letters"),
                arguments("रमेश", "???", "three letters and a vowel sign, which adds nothing"),
                arguments("a\tb\nc\u200Dd", "a b cd", "controls become spaces, a joiner vanishes"),
                arguments("😀", "?", "a character outside the BMP is one replacement"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("textOutsideWinAnsi")
    void accentsOutsideWinAnsiAreDroppedAndOtherScriptsBecomeQuestionMarks(String text, String printed, String why) {
        assertThat(PdfText.winAnsi(text)).as(why).isEqualTo(printed);
    }

    @Test
    void everyCharacterTheSanitiserLetsThroughCanBeDrawnByEachFont() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x2200; c++) {
            all.append(c);
        }
        String kept = PdfText.winAnsi(all.toString());
        for (Standard14Fonts.FontName name : List.of(
                Standard14Fonts.FontName.HELVETICA,
                Standard14Fonts.FontName.HELVETICA_BOLD,
                Standard14Fonts.FontName.COURIER)) {
            PDType1Font font = new PDType1Font(name);

            assertThatCode(() -> font.encode(kept))
                    .as("PDFBox throws on a character %s cannot encode", name)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void wrappedLinesFitTheWidthAndKeepEveryWord() throws IOException {
        String text = "This is to certify that the applicant resides in Raipur District of Chhattisgarh";

        List<String> lines = PdfText.wrap(text, HELVETICA, 11, 150);

        assertThat(lines).as("more than one line at this width").hasSizeGreaterThan(1);
        for (String line : lines) {
            assertThat(PdfText.width(line, HELVETICA, 11)).as("'%s' fits", line).isLessThanOrEqualTo(150f);
        }
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenBetweenCharacters() throws IOException {
        String url = "http://127.0.0.1:8080/api/v1/certificates/CRT-INC-2027-0000123/verification?signature=abc";

        List<String> lines = PdfText.wrap(url, HELVETICA, 7, 100);

        assertThat(String.join("", lines)).as("nothing is lost").isEqualTo(url);
        for (String line : lines) {
            assertThat(PdfText.width(line, HELVETICA, 7)).as("'%s' fits", line).isLessThanOrEqualTo(100f);
        }
    }
}
