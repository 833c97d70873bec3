package org.sevasurge.simulations.workload;

import org.sevasurge.simulations.calendar.DocumentModel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates an application's documents deterministically from (seed, sequence): a count uniform over the
 * model's range, a PDF/JPEG/PNG mix, log-normal sizes around the median capped at the maximum. Each document is
 * its format's magic number, a short header naming seed, sequence and position (so no two documents are equal
 * and the service's content-addressed store really stores them all), then bytes copied from a random pool made
 * once per seed (copying is much cheaper than drawing fresh random bytes per request). Thread-safe: the pool
 * is read-only after construction.
 */
public final class DocumentGenerator {
    private static final int POOL_BYTES = 4 * 1024 * 1024;
    private static final int MIN_SIZE_BYTES = 64;

    private final long seed;
    private final DocumentModel model;
    private final byte[] pool = new byte[POOL_BYTES];
    private final DocumentType[] types;
    private final double[] cumulativeShares;
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
        new SplittableRandom(seed).nextBytes(pool);
        Map<String, Double> mix = model.typeMix();
        types = new DocumentType[mix.size()];
        cumulativeShares = new double[mix.size()];
        int i = 0;
        double sum = 0;
        for (Map.Entry<String, Double> share : mix.entrySet()) {
            sum += share.getValue();
            types[i] = DocumentType.byKey(share.getKey());
            cumulativeShares[i++] = sum;
        }
    }

    /** @return the documents of application number {@code sequence}, the same for the same seed and sequence */
    public Document[] documents(long sequence) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + sequence);
        int count = model.minPerApplication() + random.nextInt(model.maxPerApplication() - model.minPerApplication() + 1);
        Document[] documents = new Document[count];
        for (int position = 0; position < count; position++) {
            DocumentType type = pick(random.nextDouble());
            long size = Math.round(model.medianSizeBytes() * Math.exp(model.sizeSigma() * random.nextGaussian()));
            byte[] bytes = fill(type, (int) Math.max(MIN_SIZE_BYTES, Math.min(model.maxSizeBytes(), size)),
                    sequence, position, random.nextInt(POOL_BYTES));
            documents[position] = new Document(type, bytes, hashing ? PayloadHash.sha256Hex(bytes) : null);
        }
        return documents;
    }

    private DocumentType pick(double draw) {
        for (int i = 0; i < types.length; i++) {
            if (draw < cumulativeShares[i]) {
                return types[i];
            }
        }
        return types[types.length - 1];
    }

    private byte[] fill(DocumentType type, int size, long sequence, int position, int poolOffset) {
        byte[] bytes = new byte[size];
        type.copyMagic(bytes);
        byte[] header = ("\nsevasurge seed=" + seed + " application=" + sequence + " document=" + position + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        int at = type.magicLength();
        int headerLength = Math.min(header.length, size - at);
        System.arraycopy(header, 0, bytes, at, headerLength);
        at += headerLength;
        while (at < size) {
            int chunk = Math.min(size - at, POOL_BYTES - poolOffset);
            System.arraycopy(pool, poolOffset, bytes, at, chunk);
            at += chunk;
            poolOffset = 0;
        }
        return bytes;
    }
}
