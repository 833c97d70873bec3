package org.sevasurge.mocks;

/** Valid request bodies of each simulated service, as the certificate service will send them. */
final class Payloads {

    static final String EKYC_APPLICANT =
            "{\"name\":\"Asha Devi\",\"dateOfBirth\":\"1990-04-01\",\"mobile\":\"9876543210\","
                    + "\"idLast4\":\"4321\"}";
    static final String EKYC_NOMATCH_APPLICANT =
            "{\"name\":\"Nomatch Ravi Kumar\",\"dateOfBirth\":\"1985-11-20\",\"mobile\":\"7000000001\"}";
    static final String SMS = "{\"to\":\"+919876543210\",\"text\":\"Application CG-INC-2026-000042 received\"}";
    static final String DIGILOCKER_PUSH = "{\"certificateNumber\":\"CG-INC-2026-000042\",\"documentType\":\"INCER\","
            + "\"holderName\":\"Asha Devi\",\"issuedOn\":\"2026-05-14\"}";
    static final String PLOT_QUERY = "/bhuiyan/v1/plots?district=Raipur&khasra=123/4";

    private Payloads() {}

    static String charge(String reference, long amountPaise) {
        return "{\"reference\":\"" + reference + "\",\"amountPaise\":" + amountPaise + "}";
    }
}
