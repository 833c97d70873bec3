package org.sevasurge.capacity.runway;

import java.time.LocalDate;

/**
 * A volume at the end of one season day. Immutable.
 *
 * @param date      the day
 * @param usedBytes bytes in use at its end
 * @param share     usedBytes / size, 0..1 (1: full)
 */
public record RunwayDay(LocalDate date, double usedBytes, double share) {}
