package org.sevasurge.service.catalogue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services, districts and centres, read once from the database at start-up (they change by migration only),
 * so that validating a submission costs no query. Immutable and thread-safe.
 */
public final class Catalogue {

    private final Map<String, ServiceDefinition> services;
    private final Map<String, String> districtNames;
    private final Map<String, String> centreDistricts;

    public Catalogue(
            Map<String, ServiceDefinition> services,
            Map<String, String> districtNames,
            Map<String, String> centreDistricts) {
        this.services = Map.copyOf(services);
        this.districtNames = Map.copyOf(districtNames);
        this.centreDistricts = Map.copyOf(centreDistricts);
    }

    public static Catalogue load(Connection connection) throws SQLException {
        Map<String, ServiceDefinition> services = new TreeMap<>();
        Map<String, String> districts = new HashMap<>();
        Map<String, String> centres = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT code, name, time_limit_days, fee_paise, approving_office,"
                    + " validity_days, needs_land_records FROM services")) {
                while (rs.next()) {
                    Integer validity = rs.getObject(6) == null ? null : rs.getInt(6);
                    services.put(
                            rs.getString(1),
                            new ServiceDefinition(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    validity,
                                    rs.getBoolean(7)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT code, name FROM districts")) {
                while (rs.next()) {
                    districts.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, district_code FROM centres")) {
                while (rs.next()) {
                    centres.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return new Catalogue(services, districts, centres);
    }

    public Optional<ServiceDefinition> service(String code) {
        return Optional.ofNullable(code == null ? null : services.get(code));
    }

    public Iterable<String> serviceCodes() {
        return new TreeMap<>(services).keySet();
    }

    public boolean isDistrict(String code) {
        return code != null && districtNames.containsKey(code);
    }

    public String districtName(String code) {
        return districtNames.getOrDefault(code, code);
    }

    /** The district a centre belongs to, if the centre exists. */
    public Optional<String> districtOfCentre(String centreId) {
        return Optional.ofNullable(centreId == null ? null : centreDistricts.get(centreId));
    }

    public int centreCount() {
        return centreDistricts.size();
    }

    public int districtCount() {
        return districtNames.size();
    }
}
