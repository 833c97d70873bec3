package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.Map;

/**
 * The stubs of a simulated service with one endpoint: {@code request}, answered by {@code responder} under the
 * name {@code responderName}, and the service's 404 for any other path under its prefix (see {@link Routes}).
 * Immutable; the responder is thread-safe.
 */
public record OneRouteStubs(ExternalService service, MappingBuilder request, String responderName, Responder responder)
        implements StubSet {

    /** {@code POST path} of {@code service}, answered by {@code responder}. */
    public static OneRouteStubs post(ExternalService service, String path, String responderName, Responder responder) {
        return new OneRouteStubs(service, WireMock.post(WireMock.urlPathEqualTo(path)), responderName, responder);
    }

    /** {@code GET path} (any query) of {@code service}, answered by {@code responder}. */
    public static OneRouteStubs get(ExternalService service, String path, String responderName, Responder responder) {
        return new OneRouteStubs(service, WireMock.get(WireMock.urlPathEqualTo(path)), responderName, responder);
    }

    @Override
    public List<MappingBuilder> stubs() {
        return List.of(Routes.service(request, service, responderName), Routes.serviceFallback(service));
    }

    @Override
    public Map<String, Responder> responders() {
        return Map.of(responderName, responder);
    }
}
