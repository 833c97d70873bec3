package org.sevasurge.simulations.workload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import org.sevasurge.simulations.calendar.ReferenceData;
import org.sevasurge.simulations.calendar.SeasonCalendar;

/**
 * Makes application number {@code sequence} of a run, deterministically from the seed: service by the calendar's
 * mix, a random centre and its district, a plausible applicant, the documents, and the payload hash.
 * Thread-safe (no mutable state besides the read-only document pool).
 */
public final class SubmissionFactory {
    private static final String[] NAMES = {
        "Sunita Sahu",
        "Ramesh Verma",
        "Kavita Patel",
        "Arjun Dewangan",
        "Pooja Yadav",
        "Manoj Sinha",
        "Lata Markam",
        "Deepak Netam",
        "Anjali Kashyap",
        "Suresh Tandon",
        "Meena Dhruw",
        "Vikas Chandrakar",
        "Rekha Sori",
        "Amit Baghel",
        "Neha Nishad",
        "Rahul Thakur"
    };
    private static final String[] PURPOSES = {
        "college admission", "school admission", "post-matric scholarship", "job application", "hostel admission"
    };
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1960, 1, 1);

    private final long seed;
    private final String keyPrefix;
    private final ReferenceData reference;
    private final String[] services;
    private final double[] cumulativeShares;
    private final DocumentGenerator documents;
    private final boolean hashing;

    /**
     * @param seed      run seed
     * @param calendar  service mix, the target's centres and districts, and the document model
     * @param keyPrefix prefix of Idempotency-Keys, unique per run (e.g. "ss-" + run id)
     */
    public SubmissionFactory(long seed, SeasonCalendar calendar, String keyPrefix) {
        this(seed, calendar, keyPrefix, true);
    }

    /**
     * @param hashing whether to compute the payload hash (off only to measure bare Gatling's CPU: no ledger then)
     */
    public SubmissionFactory(long seed, SeasonCalendar calendar, String keyPrefix, boolean hashing) {
        this.seed = seed;
        this.hashing = hashing;
        this.keyPrefix = keyPrefix;
        this.reference = calendar.reference();
        this.documents = new DocumentGenerator(seed, calendar.documents(), hashing);
        Map<String, Double> mix = calendar.serviceMix();
        services = mix.keySet().toArray(String[]::new);
        cumulativeShares = new double[services.length];
        double sum = 0;
        for (int i = 0; i < services.length; i++) {
            sum += mix.get(services[i]);
            cumulativeShares[i] = sum;
        }
    }

    /** @return application number {@code sequence} (from 1) of the run */
    public Submission create(long sequence) {
        SplittableRandom random = new SplittableRandom(seed ^ (sequence * 0xBF58476D1CE4E5B9L));
        String service = service(random.nextDouble());
        int centre = 1 + random.nextInt(reference.centres());
        String district = reference.districtOfCentre(centre);
        String centreId = reference.centreId(centre);
        String name = NAMES[random.nextInt(NAMES.length)];
        String guardian = NAMES[random.nextInt(NAMES.length)];
        LocalDate birth = OLDEST_BIRTH.plusDays(random.nextInt(18_000));
        String mobile = (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
        String gender = random.nextBoolean() ? "F" : "M";
        // Built by hand: every value comes from the ASCII lists above or the calendar's reference codes (checked to
        // be letters, digits, '.', '_' and '-'), so nothing needs escaping, and the bytes
        // hashed here are exactly the bytes sent.
        String json = "{\"serviceCode\":\"" + service + "\",\"centreId\":\"" + centreId
                + "\",\"district\":\"" + district + "\",\"applicant\":{\"name\":\"" + name
                + "\",\"guardianName\":\"" + guardian + "\",\"dateOfBirth\":\"" + birth + "\",\"gender\":\"" + gender
                + "\",\"mobile\":\"" + mobile + "\",\"address\":\"Ward " + (1 + random.nextInt(60)) + ", "
                + district + "\"},\"purpose\":\"" + PURPOSES[random.nextInt(PURPOSES.length)] + "\"}";
        byte[] jsonBytes = json.getBytes(StandardCharsets.US_ASCII);
        Document[] docs = documents.documents(sequence);
        String payload = !hashing
                ? null
                : PayloadHash.of(
                        PayloadHash.sha256Hex(jsonBytes),
                        java.util.Arrays.stream(docs).map(Document::sha256Hex).toList());
        return new Submission(
                sequence, keyPrefix + "-" + sequence, service, centreId, district, jsonBytes, docs, payload);
    }

    private String service(double draw) {
        for (int i = 0; i < services.length; i++) {
            if (draw < cumulativeShares[i]) {
                return services[i];
            }
        }
        return services[services.length - 1];
    }
}
