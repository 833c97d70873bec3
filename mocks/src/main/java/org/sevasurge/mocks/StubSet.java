package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;

/**
 * The WireMock stubs of one simulated service (or of the admin API) and the responders they name.
 *
 * <p>Implementations are called once, while the mocks start; their responders must be
 * thread-safe.
 */
public interface StubSet {

    /** The stubs to register, built with {@link Routes}. */
    List<MappingBuilder> stubs();

    /** The responders the stubs name, by name; names are unique across all stub sets. */
    Map<String, Responder> responders();
}
