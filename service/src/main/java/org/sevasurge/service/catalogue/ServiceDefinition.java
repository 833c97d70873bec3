package org.sevasurge.service.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * One certificate service of the catalogue. Immutable.
 *
 * @param code             short code used in application numbers ({@code INC})
 * @param name             display name ({@code Income Certificate})
 * @param timeLimitDays    days within which the Public Service Guarantee Act requires a decision
 * @param feePaise         fee in paise (1/100 rupee)
 * @param approvingOffice  who signs the certificate ({@code Tehsildar})
 * @param validityDays     how long an issued certificate is valid; null when it does not expire
 * @param needsLandRecords whether the field report consults land records
 */
public record ServiceDefinition(
        String code,
        String name,
        int timeLimitDays,
        int feePaise,
        String approvingOffice,
        @Nullable Integer validityDays,
        boolean needsLandRecords) {}
