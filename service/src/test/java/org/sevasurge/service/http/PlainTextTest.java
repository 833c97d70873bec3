package org.sevasurge.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void namesInAnyScriptPassAndControlsSurrogatesAndOverridesDoNot() {
        assertThat(PlainText.problem("Sunita Sahu", false)).isNull();
        assertThat(PlainText.problem("सुनीता साहू", false)).isNull();
        assertThat(PlainText.problem("क्\u200Dष", false))
                .as("a joiner, as Devanagari needs")
                .isNull();
        assertThat(PlainText.problem("a\u0000b", false)).contains("U+0000", "character 2");
        assertThat(PlainText.problem("a\u001b[31m", false)).contains("U+001B");
        assertThat(PlainText.problem("a\r\nb", false)).contains("U+000D");
        assertThat(PlainText.problem("a\r\nb\tc", true))
                .as("free text may span lines")
                .isNull();
        assertThat(PlainText.problem("a\u0000b", true)).contains("U+0000");
        assertThat(PlainText.problem("a\ud800b", true)).contains("unpaired");
        assertThat(PlainText.problem("a\udc00", false)).contains("unpaired");
        assertThat(PlainText.problem("\ud83d\ude00", false))
                .as("a paired surrogate is a character")
                .isNull();
        assertThat(PlainText.problem("\u202eevil", false)).contains("bidirectional");
        assertThat(PlainText.problem("a\u2028b", true)).contains("U+2028");
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
