package org.sevasurge.mocks.landrecords;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.Responder;
import org.sevasurge.mocks.Routes;
import org.sevasurge.mocks.StubSet;

/**
 * Stubs of the Bhuiyan land-records service: {@code GET /bhuiyan/v1/plots?district=&khasra=}.
 * Stateless and thread-safe.
 *
 * @see PlotRegister for the contract
 */
public final class LandRecordsStubs implements StubSet {

    /** Where plots are looked up. */
    public static final String PLOTS_PATH = "/bhuiyan/v1/plots";

    private final PlotRegister register = new PlotRegister();

    @Override
    public List<MappingBuilder> stubs() {
        ExternalService landRecords = ExternalService.LAND_RECORDS;
        return List.of(
                Routes.service(get(urlPathEqualTo(PLOTS_PATH)), landRecords, "landrecords.plot"),
                Routes.serviceFallback(landRecords));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of("landrecords.plot", register);
    }
}
