package org.sevasurge.simulations.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sevasurge.simulations.calendar.CalendarLoader;
import org.sevasurge.simulations.calendar.DocumentModel;

class DocumentGeneratorTest {
    private static final DocumentModel MODEL = CalendarLoader.loadDefault().documents();
    private static final DocumentGenerator GENERATOR = new DocumentGenerator(42, MODEL);

    @Test
    void theSameSeedAndSequenceGiveTheSameDocuments() {
        Document[] first = GENERATOR.documents(7);
        Document[] again = new DocumentGenerator(42, MODEL).documents(7);
        Document[] otherSeed = new DocumentGenerator(43, MODEL).documents(7);

        assertThat(again)
                .extracting(Document::sha256Hex)
                .containsExactly(Arrays.stream(first).map(Document::sha256Hex).toArray(String[]::new));
        assertThat(otherSeed[0].sha256Hex()).isNotEqualTo(first[0].sha256Hex());
    }

    @Test
    void theSameSeedAndSequenceGiveTheSameBytesFromAFreshPool() {
        for (long sequence = 1; sequence <= 50; sequence++) {
            Document[] first = GENERATOR.documents(sequence);
            Document[] again = new DocumentGenerator(42, MODEL, false).documents(sequence);
            for (int i = 0; i < first.length; i++) {
                assertThat(again[i].bytes())
                        .as("application %d document %d", sequence, i)
                        .isEqualTo(first[i].bytes());
            }
        }
    }

    @Test
    void everyDocumentStartsWithItsFormatsMagicNumberAndCarriesTheHashOfItsBytes() {
        for (long sequence = 1; sequence <= 1_000; sequence++) {
            for (Document document : GENERATOR.documents(sequence)) {
                byte[] magic = document.type().magic();
                assertThat(Arrays.copyOf(document.bytes(), magic.length))
                        .as(document.type().key())
                        .isEqualTo(magic);
                assertThat(document.sha256Hex())
                        .as("the incremental hash is the hash of the bytes sent")
                        .isEqualTo(PayloadHash.sha256Hex(document.bytes()));
            }
        }
    }

    @Test
    void theSmallestDocumentsOfACalendarStillHoldTheirMagicNumberAndStamp() {
        DocumentModel tiny = new DocumentModel(1, 6, 64, 0.4, 64, MODEL.typeMix());
        DocumentGenerator generator = new DocumentGenerator(-1, tiny);
        for (long sequence = Long.MAX_VALUE - 100; sequence < Long.MAX_VALUE; sequence++) {
            for (Document document : generator.documents(sequence)) {
                assertThat(document.sizeBytes()).isEqualTo(64);
                assertThat(document.sha256Hex()).isEqualTo(PayloadHash.sha256Hex(document.bytes()));
            }
        }
    }

    @Test
    void countsSizesAndTypesFollowTheCalendar() {
        List<Integer> sizes = new ArrayList<>();
        Map<DocumentType, Integer> types = new EnumMap<>(DocumentType.class);
        int documents = 0;
        int applications = 800;
        for (long sequence = 1; sequence <= applications; sequence++) {
            Document[] docs = GENERATOR.documents(sequence);
            assertThat(docs.length).isBetween(2, 6);
            documents += docs.length;
            for (Document document : docs) {
                sizes.add(document.sizeBytes());
                types.merge(document.type(), 1, Integer::sum);
            }
        }
        sizes.sort(Integer::compare);
        assertThat((double) documents / applications)
                .as("4 documents an application on average")
                .isCloseTo(4.0, within(0.1));
        assertThat(sizes.get(sizes.size() / 2)).as("median about 150 KB").isBetween(140_000, 167_000);
        assertThat(sizes.stream().mapToInt(Integer::intValue).average().orElseThrow())
                .as("log-normal mean")
                .isCloseTo(MODEL.meanSizeBytes(), within(0.05 * MODEL.meanSizeBytes()));
        assertThat(sizes.get(sizes.size() - 1)).as("capped at 2 MiB").isLessThanOrEqualTo(2 * 1024 * 1024);
        assertThat(types.get(DocumentType.PDF) / (double) documents)
                .as("half are PDF")
                .isCloseTo(0.5, within(0.03));
        assertThat(types.get(DocumentType.PNG) / (double) documents).isCloseTo(0.15, within(0.03));
    }

    @Test
    void noTwoDocumentsAreEqualSoTheContentAddressedStoreKeepsThemAll() {
        List<String> hashes = new ArrayList<>();
        for (long sequence = 1; sequence <= 5_000; sequence++) {
            Arrays.stream(GENERATOR.documents(sequence))
                    .map(Document::sha256Hex)
                    .forEach(hashes::add);
        }
        Arrays.stream(new DocumentGenerator(43, MODEL).documents(1))
                .map(Document::sha256Hex)
                .forEach(hashes::add);

        assertThat(hashes)
                .as("%d documents of 5,000 applications and another seed's first", hashes.size())
                .doesNotHaveDuplicates();
    }
}
