package org.sevasurge.simulations.workload;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.sevasurge.simulations.calendar.DocumentModel;

/**
 * Generates an application's documents deterministically from (seed, sequence): a count uniform over the
 * model's range, a PDF/JPEG/PNG mix, log-normal sizes around the median capped at the maximum. Each document is
 * the beginning of one of a seeded pool of {@link DocumentTemplate}s ({@value #TEMPLATES_PER_TYPE} per format, each
 * starting with the format's magic number) ending in a stamp that names seed, application and position, so no two
 * documents are equal and the service's content-addressed store really stores them all. The pool is made once per
 * seed; per document only a copy of its bytes and the hash of its last few kilobytes are left to do, which keeps
 * the injector cheap (no 600 KB of fresh random bytes, no whole-document hashing per application). Memory: the pool
 * holds {@code 3 x} {@value #TEMPLATES_PER_TYPE} {@code x maxSizeBytes} (25 MB with the shipped calendar) and the
 * templates' kept digest states (30 MB more): 55 MB measured.
 * Thread-safe: the pool is read-only after construction.
 */
public final class DocumentGenerator {
    static final int TEMPLATES_PER_TYPE = 4;
    private static final int MIN_SIZE_BYTES = 64;

    private final long seed;
    private final DocumentModel model;
    private final DocumentType[] types;
    private final double[] cumulativeShares;
    private final DocumentTemplate[][] templates;
    private final boolean hashing;

    /** @param seed run seed; @param model counts, sizes and the type mix */
    public DocumentGenerator(long seed, DocumentModel model) {
        this(seed, model, true);
    }

    /**
     * @param seed    run seed
     * @param model   counts, sizes and the type mix
     * @param hashing whether to compute each document's SHA-256 (off only to measure bare Gatling's CPU)
     */
    public DocumentGenerator(long seed, DocumentModel model, boolean hashing) {
        this.seed = seed;
        this.model = model;
        this.hashing = hashing;
        Map<String, Double> mix = model.typeMix();
        types = new DocumentType[mix.size()];
        cumulativeShares = new double[mix.size()];
        templates = new DocumentTemplate[mix.size()][];
        SplittableRandom templateSeeds = new SplittableRandom(seed);
        int i = 0;
        double sum = 0;
        for (Map.Entry<String, Double> share : mix.entrySet()) {
            sum += share.getValue();
            types[i] = DocumentType.byKey(share.getKey());
            cumulativeShares[i] = sum;
            templates[i] = new DocumentTemplate[TEMPLATES_PER_TYPE];
            for (int t = 0; t < TEMPLATES_PER_TYPE; t++) {
                templates[i][t] = new DocumentTemplate(types[i], (int) model.maxSizeBytes(), templateSeeds.nextLong());
            }
            i++;
        }
    }

    /** @return the documents of application number {@code sequence}, the same for the same seed and sequence */
    public Document[] documents(long sequence) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + sequence);
        int count =
                model.minPerApplication() + random.nextInt(model.maxPerApplication() - model.minPerApplication() + 1);
        Document[] documents = new Document[count];
        for (int position = 0; position < count; position++) {
            int type = pick(random.nextDouble());
            long size = Math.round(model.medianSizeBytes() * Math.exp(model.sizeSigma() * random.nextGaussian()));
            DocumentTemplate template = templates[type][random.nextInt(TEMPLATES_PER_TYPE)];
            int sizeBytes = (int) Math.max(MIN_SIZE_BYTES, Math.min(model.maxSizeBytes(), size));
            documents[position] = template.stamped(sizeBytes, stamp(sequence, position), hashing);
        }
        return documents;
    }

    private int pick(double draw) {
        for (int i = 0; i < types.length; i++) {
            if (draw < cumulativeShares[i]) {
                return i;
            }
        }
        return types.length - 1;
    }

    /** At most 50 bytes, so that a magic number (at most 9) and the stamp fit the smallest document (64). */
    private byte[] stamp(long sequence, int position) {
        return ("\nsevasurge " + Long.toHexString(seed) + "/" + sequence + "/" + position + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
