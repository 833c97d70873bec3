package org.sevasurge.mocks.landrecords;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.sevasurge.mocks.JsonAnswers;
import org.sevasurge.mocks.Responder;

/**
 * Looks up a plot by district and khasra (plot) number: 200 {@code {"district", "tehsil",
 * "village", "khasra", "owner", "areaHectares", "landUse"}}; 400 without both query parameters;
 * 404 for khasra numbers starting with {@value #UNKNOWN_KHASRA_PREFIX}, so the "no such plot"
 * path is reachable on purpose.
 *
 * <p>Every other plot exists and is derived from its district and khasra, so the same lookup
 * always gets the same answer without a stored register. Stateless and thread-safe.
 */
public final class PlotRegister implements Responder {

    /** Where plots are looked up, by {@code GET}. */
    public static final String PLOTS_PATH = "/bhuiyan/v1/plots";

    /** Khasra numbers starting with this do not exist. */
    public static final String UNKNOWN_KHASRA_PREFIX = "999";

    private static final List<String> OWNERS = List.of(
            "Ramesh Sahu",
            "Sunita Verma",
            "Bhagwati Patel",
            "Dilip Yadav",
            "Kamla Netam",
            "Santosh Sinha",
            "Pushpa Dhruw",
            "Mahesh Chandrakar",
            "Savitri Markam",
            "Anil Kashyap");
    private static final List<String> VILLAGES = List.of(
            "Mandir Hasaud",
            "Kurud",
            "Saja",
            "Pithora",
            "Tilda",
            "Abhanpur",
            "Dharsiwa",
            "Arang",
            "Lakhanpur",
            "Bhanupratappur");
    private static final List<String> TEHSILS = List.of("Abhanpur", "Arang", "Tilda", "Kurud");
    private static final List<String> LAND_USES =
            List.of("AGRICULTURAL", "AGRICULTURAL", "AGRICULTURAL", "RESIDENTIAL", "COMMERCIAL");

    @Override
    public ResponseDefinition respond(Request request) {
        String district = single(request.queryParameter("district"));
        String khasra = single(request.queryParameter("khasra"));
        if (district == null || khasra == null) {
            return JsonAnswers.invalid("query parameters district and khasra are both required");
        }
        if (khasra.startsWith(UNKNOWN_KHASRA_PREFIX)) {
            return JsonAnswers.error(404, "PLOT_NOT_FOUND", "no plot with khasra " + khasra + " in " + district);
        }
        // Seeded by the plot's identity: the same plot always has the same owner and area.
        SplittableRandom plot = new SplittableRandom(
                (district.toLowerCase(Locale.ROOT) + '|' + khasra).hashCode() * 0x9E3779B97F4A7C15L);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("district", district);
        answer.put("tehsil", pick(TEHSILS, plot));
        answer.put("village", pick(VILLAGES, plot));
        answer.put("khasra", khasra);
        answer.put("owner", pick(OWNERS, plot));
        answer.put(
                "areaHectares",
                BigDecimal.valueOf(0.05 + plot.nextDouble() * 4.95).setScale(2, RoundingMode.HALF_UP));
        answer.put("landUse", pick(LAND_USES, plot));
        return JsonAnswers.json(200, answer);
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static @Nullable String single(QueryParameter parameter) {
        if (parameter == null
                || !parameter.isPresent()
                || parameter.firstValue().isBlank()) {
            return null;
        }
        return parameter.firstValue().trim();
    }
}
