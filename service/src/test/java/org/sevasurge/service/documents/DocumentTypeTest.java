package org.sevasurge.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sevasurge.service.fixtures.SampleDocuments;

class DocumentTypeTest {

    @Test
    void typesAreKnownByTheirLeadingBytes() {
        assertThat(DocumentType.detect(SampleDocuments.pdf(64, 1), 8)).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(SampleDocuments.jpeg(64, 1), 8)).contains(DocumentType.JPEG);
        assertThat(DocumentType.detect(SampleDocuments.png(64, 1), 8)).contains(DocumentType.PNG);
    }

    @Test
    void otherFormatsAndTooFewBytesAreUnknown() {
        assertThat(DocumentType.detect("PK\u0003\u0004zip!".getBytes(), 8)).isEmpty();
        assertThat(DocumentType.detect(SampleDocuments.png(64, 1), 4))
                .as("a truncated PNG signature")
                .isEmpty();
    }
}
