package org.sevasurge.service.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.service.fixtures.SampleDocuments;

class DocumentStoreTest {

    @TempDir
    Path root;

    @Test
    void aPublishedDocumentLivesAtItsSha256WithTheSameBytes() throws Exception {
        DocumentStore store = new DocumentStore(root);
        byte[] pdf = SampleDocuments.pdf(300_000, 1);
        ReceivedDocument received = store.receive(0, new ByteArrayInputStream(pdf), 2 << 20);
        assertThat(received.type()).isEqualTo(DocumentType.PDF);
        assertThat(received.sizeBytes()).isEqualTo(pdf.length);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(received.sha256()).isEqualTo(sha);

        List<String> created = store.publish(List.of(received));

        assertThat(created).containsExactly(sha);
        assertThat(Files.readAllBytes(store.path(sha))).isEqualTo(pdf);
        assertThat(store.path(sha))
                .isEqualTo(root.toAbsolutePath().resolve(sha.substring(0, 2)).resolve(sha));
        assertThat(Files.list(root.resolve(".incoming")))
                .as("nothing left in the incoming area")
                .isEmpty();
    }

    @Test
    void identicalContentIsStoredOnceAndReportedCreatedOnlyTheFirstTime() throws Exception {
        DocumentStore store = new DocumentStore(root);
        byte[] png = SampleDocuments.png(10_000, 2);
        assertThat(store.publish(List.of(store.receive(0, new ByteArrayInputStream(png), 1 << 20))))
                .hasSize(1);
        assertThat(store.publish(List.of(store.receive(0, new ByteArrayInputStream(png), 1 << 20))))
                .isEmpty();
    }

    @Test
    void tooLargeAndUnknownTypesAreRejectedWithoutLeavingAFile() throws Exception {
        DocumentStore store = new DocumentStore(root);
        assertThatThrownBy(() -> store.receive(2, new ByteArrayInputStream(SampleDocuments.jpeg(5_000, 3)), 4_999))
                .isInstanceOfSatisfying(DocumentRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.position()).isEqualTo(2);
                });
        assertThatThrownBy(() -> store.receive(0, new ByteArrayInputStream("GIF89a....".getBytes()), 1_000))
                .isInstanceOfSatisfying(
                        DocumentRejected.class, e -> assertThat(e.status()).isEqualTo(415));
        assertThat(Files.list(root.resolve(".incoming"))).isEmpty();
    }

    @Test
    void leftoversOfACrashInTheIncomingAreaAreClearedAtStart() throws Exception {
        Files.createDirectories(root.resolve(".incoming"));
        Files.write(root.resolve(".incoming").resolve("half-written"), new byte[100]);
        new DocumentStore(root);
        assertThat(Files.list(root.resolve(".incoming"))).isEmpty();
    }
}
