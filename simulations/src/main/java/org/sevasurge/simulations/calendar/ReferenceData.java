package org.sevasurge.simulations.calendar;

import java.util.List;

/**
 * The target's own reference codes, which every generated submission must use: the service codes the service mix
 * may name, the districts, and the centres with the district each belongs to. The shipped calendar holds the
 * reference service's; a staging system with other codes lists its own, so the simulations never hard-code them.
 * Immutable.
 *
 * @param serviceCodes    the target's service codes
 * @param districts       the target's district codes
 * @param centreIds       the ids of the centres the run uses, centre {@code n} at index {@code n - 1}
 * @param centreDistricts the district of each centre, at the same index as its id
 */
public record ReferenceData(
        List<String> serviceCodes, List<String> districts, List<String> centreIds, List<String> centreDistricts) {

    public ReferenceData {
        serviceCodes = List.copyOf(serviceCodes);
        districts = List.copyOf(districts);
        centreIds = List.copyOf(centreIds);
        centreDistricts = List.copyOf(centreDistricts);
        if (centreIds.size() != centreDistricts.size()) {
            throw new IllegalArgumentException(
                    centreIds.size() + " centre ids but " + centreDistricts.size() + " centre districts");
        }
    }

    /** @return how many centres the run uses */
    public int centres() {
        return centreIds.size();
    }

    /** @return the id of centre {@code n} (1..{@link #centres()}) */
    public String centreId(int n) {
        return centreIds.get(index(n));
    }

    /** @return the district of centre {@code n} (1..{@link #centres()}) */
    public String districtOfCentre(int n) {
        return centreDistricts.get(index(n));
    }

    private int index(int n) {
        if (n < 1 || n > centreIds.size()) {
            throw new IllegalArgumentException("centre must be 1.." + centreIds.size() + ", was " + n);
        }
        return n - 1;
    }
}
