package org.sevasurge.service.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Document bytes with the right leading bytes and a chosen size, deterministic by seed. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    public static byte[] pdf(int sizeBytes, long seed) {
        return withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), sizeBytes, seed);
    }

    public static byte[] jpeg(int sizeBytes, long seed) {
        return withHead(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, sizeBytes, seed);
    }

    public static byte[] png(int sizeBytes, long seed) {
        return withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, sizeBytes, seed);
    }

    private static byte[] withHead(byte[] head, int sizeBytes, long seed) {
        byte[] bytes = new byte[sizeBytes];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** A valid application JSON part for centre LSK-0001 (district BALOD). */
    public static String applicationJson(String serviceCode, String applicantName) {
        return """
                {"serviceCode":"%s","centreId":"LSK-0001","district":"BALOD",
                 "applicant":{"name":"%s","guardianName":"Ramesh Sahu","dateOfBirth":"2006-04-12",
                              "gender":"F","mobile":"9876543210","address":"Ward 4, Balod"},
                 "purpose":"College admission"}""".formatted(serviceCode, applicantName);
    }
}
