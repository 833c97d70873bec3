package org.sevasurge.mocks.ekyc;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;
import org.sevasurge.mocks.ExternalService;
import org.sevasurge.mocks.Responder;
import org.sevasurge.mocks.Routes;
import org.sevasurge.mocks.StubSet;

/**
 * Stubs of the eKYC service: {@code POST /ekyc/v1/verify}. Stateless and thread-safe.
 *
 * @see EkycVerifier for the contract and the deterministic "no match" rule
 */
public final class EkycStubs implements StubSet {

    /** The verification endpoint. */
    public static final String VERIFY_PATH = "/ekyc/v1/verify";

    private final EkycVerifier verifier = new EkycVerifier();

    @Override
    public List<MappingBuilder> stubs() {
        return List.of(
                Routes.service(post(urlPathEqualTo(VERIFY_PATH)), ExternalService.EKYC, "ekyc.verify"),
                Routes.serviceFallback(ExternalService.EKYC));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of("ekyc.verify", verifier);
    }
}
