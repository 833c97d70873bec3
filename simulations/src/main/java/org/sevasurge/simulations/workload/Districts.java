package org.sevasurge.simulations.workload;

import java.util.List;
import java.util.stream.Stream;

/**
 * The 33 districts of Chhattisgarh and which one each centre belongs to: centre {@code n} (1..1475) is in the
 * {@code (n - 1) % 33}-th district in alphabetical order (Java's natural String order), as the service
 * checks it. Stateless and thread-safe.
 */
public final class Districts {
    /** District codes in Java's natural String order. */
    public static final List<String> CODES = Stream.of("BALOD", "BALODA-BAZAR", "BALRAMPUR", "BASTAR", "BEMETARA",
            "BIJAPUR", "BILASPUR", "DANTEWADA", "DHAMTARI", "DURG", "GARIABAND", "GAURELA-PENDRA-MARWAHI",
            "JANJGIR-CHAMPA", "JASHPUR", "KABIRDHAM", "KANKER", "KHAIRAGARH-CHHUIKHADAN-GANDAI", "KONDAGAON",
            "KORBA", "KORIYA", "MAHASAMUND", "MANENDRAGARH-CHIRMIRI-BHARATPUR", "MOHLA-MANPUR-AMBAGARH-CHOWKI",
            "MUNGELI", "NARAYANPUR", "RAIGARH", "RAIPUR", "RAJNANDGAON", "SAKTI", "SARANGARH-BILAIGARH", "SUKMA",
            "SURAJPUR", "SURGUJA").sorted().toList();

    /** The highest centre number the service knows. */
    public static final int MAX_CENTRE = 1475;

    private Districts() {
    }

    /** @return the district code of centre {@code centre} (1..1475) */
    public static String ofCentre(int centre) {
        if (centre < 1 || centre > MAX_CENTRE) {
            throw new IllegalArgumentException("centre must be 1.." + MAX_CENTRE + ", was " + centre);
        }
        return CODES.get((centre - 1) % CODES.size());
    }

    /** @return the centre id, e.g. "LSK-0001" */
    public static String centreId(int centre) {
        return String.format("LSK-%04d", centre);
    }
}
