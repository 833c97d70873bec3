package org.sevasurge.service.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadHashTest {

    private static final byte[] JSON = "{\"serviceCode\":\"INC\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theFingerprintIsAPublishedFormulaClientsCanRecompute() {
        // Golden value, computed independently with Python's hashlib:
        // sha256("sevasurge-payload-v1\n" + sha256hex(JSON) + "\n" + "aa\n" + "bb\n").
        assertThat(PayloadHash.of(JSON, List.of("aa", "bb")))
                .isEqualTo("03cecb9736b3ccf60f6141a319863ec8632c35208f164f5c8915e0a088129ba2");
    }

    @Test
    void documentOrderAndContentBothChangeTheFingerprint() {
        String ab = PayloadHash.of(JSON, List.of("aa", "bb"));
        assertThat(PayloadHash.of(JSON, List.of("bb", "aa"))).isNotEqualTo(ab);
        assertThat(PayloadHash.of(JSON, List.of("aa", "bc"))).isNotEqualTo(ab);
        assertThat(PayloadHash.of("{}".getBytes(StandardCharsets.UTF_8), List.of("aa", "bb")))
                .isNotEqualTo(ab);
    }
}
