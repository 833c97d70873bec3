package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextTest {

    /** Text that passes: the text, whether it may span lines (remarks, addresses), and why it must pass. */
    static Stream<Arguments> acceptedText() {
        return Stream.of(
                arguments("Sunita Sahu", false, "a name in Latin letters"),
                arguments("सुनीता साहू", false, "a name in Devanagari"),
                arguments("क्\u200Dष", false, "a joiner, as Devanagari needs"),
                arguments("a\r\nb\tc", true, "free text may span lines"),
                arguments("\ud83d\ude00", false, "a paired surrogate is a character"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("acceptedText")
    void namesInAnyScriptPass(String text, boolean multiline, String why) {
        assertThat(PlainText.problem(text, multiline)).as(why).isNull();
    }

    /** Text that is refused: the text, whether it may span lines, what the problem must name, and why. */
    static Stream<Arguments> refusedText() {
        return Stream.of(
                arguments("a\u0000b", false, "U+0000 at character 2", "PostgreSQL refuses U+0000"),
                arguments("a\u001b[31m", false, "U+001B", "an ANSI escape moves a terminal's cursor"),
                arguments("a\r\nb", false, "U+000D", "a line break splits a one-line field"),
                arguments("a\u0000b", true, "U+0000", "free text may not hold U+0000 either"),
                arguments("a\ud800b", true, "unpaired", "an unpaired high surrogate"),
                arguments("a\udc00", false, "unpaired", "an unpaired low surrogate at the end"),
                arguments("\u202eevil", false, "bidirectional", "an override reverses a printed name"),
                arguments("a\u2028b", true, "U+2028", "a line separator is no line break of free text"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("refusedText")
    void controlsSurrogatesAndOverridesDoNotPass(String text, boolean multiline, String named, String why) {
        assertThat(PlainText.problem(text, multiline)).as(why).contains(named);
    }

    @Test
    void theRefusalWindowCountsTheLastTenSecondsOnly() {
        AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
        RefusalWindow window = new RefusalWindow(nanos::get);
        for (int i = 0; i < 30; i++) {
            window.refused();
        }
        window.accepted();
        assertThat(window.counts().refused()).isEqualTo(30);
        assertThat(window.counts().refusedShare()).isGreaterThan(0.9);
        nanos.addAndGet(5_000_000_000L);
        window.accepted();
        assertThat(window.counts()).isEqualTo(new RefusalWindow.Counts(2, 30));
        nanos.addAndGet(6_000_000_000L);
        assertThat(window.counts()).as("the refusals are older than 10 s").isEqualTo(new RefusalWindow.Counts(1, 0));
        nanos.addAndGet(60_000_000_000L);
        window.refused();
        assertThat(window.counts()).as("a reused bucket starts from zero").isEqualTo(new RefusalWindow.Counts(0, 1));
    }
}
