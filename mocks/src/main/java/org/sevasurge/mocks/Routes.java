package org.sevasurge.mocks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Builds stubs that the mocks' response transformer understands: service routes (the fault
 * profile of their service applies, a {@link Responder} computes the answer) and admin routes
 * (no faults, ever).
 *
 * <p>Stateless and thread-safe.
 */
public final class Routes {

    /** Name of the WireMock transformer that applies responders and fault profiles. */
    public static final String TRANSFORMER = "sevasurge";

    static final String SERVICE_PARAMETER = "service";
    static final String RESPONDER_PARAMETER = "responder";

    // Lower number wins in WireMock: admin before services, a service's catch-all after its routes.
    private static final int ADMIN_PRIORITY = 1;
    private static final int SERVICE_PRIORITY = 5;
    private static final int SERVICE_FALLBACK_PRIORITY = 9;

    private Routes() {}

    /** A route of {@code service}: its fault profile applies, {@code responder} answers. */
    public static MappingBuilder service(MappingBuilder request, ExternalService service, String responder) {
        return request.atPriority(SERVICE_PRIORITY)
                .willReturn(placeholder()
                        .withTransformerParameter(SERVICE_PARAMETER, service.id())
                        .withTransformerParameter(RESPONDER_PARAMETER, responder));
    }

    /** Any other path under {@code service}'s prefix: a 404, with the service's faults applied. */
    public static MappingBuilder serviceFallback(ExternalService service) {
        String prefix = Pattern.quote(service.pathPrefix());
        return any(urlPathMatching(prefix + ".*"))
                .atPriority(SERVICE_FALLBACK_PRIORITY)
                .willReturn(placeholder()
                        .withStatus(404)
                        .withBody("{\"error\":\"NOT_FOUND\",\"message\":\"no such endpoint\"}")
                        .withTransformerParameter(SERVICE_PARAMETER, service.id()));
    }

    /** An admin route: never delayed or faulted, {@code responder} answers. */
    public static MappingBuilder admin(MappingBuilder request, String responder) {
        return request.atPriority(ADMIN_PRIORITY)
                .willReturn(placeholder().withTransformerParameter(RESPONDER_PARAMETER, responder));
    }

    /** The last segment of the request's path, URL-decoded, e.g. {@code payment} of {@code /x/payment}. */
    public static String lastPathSegment(Request request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        String path = query >= 0 ? url.substring(0, query) : url;
        String segment = path.substring(path.lastIndexOf('/') + 1);
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static ResponseDefinitionBuilder placeholder() {
        // Seen only if a responder is missing; routes without one override status and body.
        return aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"NO_RESPONDER\",\"message\":\"stub has no responder\"}")
                .withTransformers(TRANSFORMER);
    }
}
