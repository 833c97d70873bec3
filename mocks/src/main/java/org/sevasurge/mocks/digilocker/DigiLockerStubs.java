package org.sevasurge.mocks.digilocker;

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
 * Stubs of DigiLocker's issuer push: {@code POST /digilocker/v1/documents}. Stateless and
 * thread-safe.
 *
 * @see DigiLockerIssuer for the contract
 */
public final class DigiLockerStubs implements StubSet {

    /** Where issued certificates are pushed. */
    public static final String DOCUMENTS_PATH = "/digilocker/v1/documents";

    private final DigiLockerIssuer issuer = new DigiLockerIssuer();

    @Override
    public List<MappingBuilder> stubs() {
        ExternalService digiLocker = ExternalService.DIGILOCKER;
        return List.of(
                Routes.service(post(urlPathEqualTo(DOCUMENTS_PATH)), digiLocker, "digilocker.push"),
                Routes.serviceFallback(digiLocker));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of("digilocker.push", issuer);
    }
}
