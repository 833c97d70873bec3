package org.sevasurge.simulations.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadHashTest {

    @Test
    void matchesTheHashTheServiceAcknowledgedForTheReadmeExample() {
        byte[] json = ("{\"serviceCode\":\"INC\",\"centreId\":\"LSK-0001\",\"district\":\"BALOD\",\"applicant\":"
                        + "{\"name\":\"Sunita Sahu\",\"guardianName\":\"Ramesh Sahu\",\"dateOfBirth\":\"2006-04-12\","
                        + "\"mobile\":\"9876543210\"}}")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] document = "%PDF-1.7 sample".getBytes(StandardCharsets.US_ASCII);

        String hash = PayloadHash.of(PayloadHash.sha256Hex(json), List.of(PayloadHash.sha256Hex(document)));

        assertThat(hash)
                .as("payloadSha256 of a 201 from the reference service for exactly these bytes")
                .isEqualTo("91c6c0c1fabec085aee1fe7b3989f7324b7bfd9ff501a49f8786aeb9c8cd537a");
    }

    @Test
    void documentOrderChangesTheHash() {
        String a = PayloadHash.sha256Hex(new byte[] {1});
        String b = PayloadHash.sha256Hex(new byte[] {2});

        assertThat(PayloadHash.of(a, List.of(a, b))).isNotEqualTo(PayloadHash.of(a, List.of(b, a)));
    }
}
