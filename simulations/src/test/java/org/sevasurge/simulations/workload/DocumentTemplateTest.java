package org.sevasurge.simulations.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DocumentTemplateTest {
    private static final int LENGTH = 10 * DocumentTemplate.CHECKPOINT_BYTES + 123;
    private static final DocumentTemplate TEMPLATE = new DocumentTemplate(DocumentType.PDF, LENGTH, 99);
    private static final byte[] STAMP = "\nsevasurge 63/1/0\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theIncrementalHashEqualsTheHashOfTheWholeDocumentAtEveryCheckpointBoundary() {
        int checkpoint = DocumentTemplate.CHECKPOINT_BYTES;
        for (int k = 0; k <= LENGTH / checkpoint; k++) {
            for (int prefix : new int[] {k * checkpoint - 1, k * checkpoint, k * checkpoint + 1}) {
                int size = prefix + STAMP.length;
                if (prefix < DocumentType.PDF.magicLength() || size > LENGTH) {
                    continue;
                }
                Document document = TEMPLATE.stamped(size, STAMP, true);

                assertThat(document.sha256Hex())
                        .as("size %d: the service hashes the bytes it receives", size)
                        .isEqualTo(PayloadHash.sha256Hex(document.bytes()));
            }
        }
    }

    @Test
    void theIncrementalHashEqualsTheWholeHashForAnySize() {
        SplittableRandom random = new SplittableRandom(5);
        for (int draw = 0; draw < 2_000; draw++) {
            int size = DocumentType.PDF.magicLength() + STAMP.length + random.nextInt(LENGTH - 9 - STAMP.length + 1);
            Document document = TEMPLATE.stamped(size, STAMP, true);

            assertThat(document.sizeBytes()).isEqualTo(size);
            assertThat(document.sha256Hex()).as("size %d", size).isEqualTo(PayloadHash.sha256Hex(document.bytes()));
        }
    }

    @Test
    void aDocumentIsTheTemplatesBeginningWithItsMagicNumberAndEndsInItsStamp() {
        Document document = TEMPLATE.stamped(5_000, STAMP, true);
        byte[] bytes = document.bytes();

        assertThat(Arrays.copyOf(bytes, DocumentType.PDF.magicLength())).isEqualTo(DocumentType.PDF.magic());
        assertThat(Arrays.copyOfRange(bytes, bytes.length - STAMP.length, bytes.length))
                .isEqualTo(STAMP);
        assertThat(TEMPLATE.stamped(5_000, STAMP, false).sha256Hex())
                .as("hashing off")
                .isNull();
    }

    @Test
    void aSizeThatCannotHoldTheMagicNumberAndTheStampIsRefused() {
        assertThatThrownBy(() -> TEMPLATE.stamped(STAMP.length + 3, STAMP, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic number");
        assertThatThrownBy(() -> TEMPLATE.stamped(LENGTH + 1, STAMP, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("within " + LENGTH);
    }
}
