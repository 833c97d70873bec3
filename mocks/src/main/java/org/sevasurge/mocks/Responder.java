package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * Computes the answer of one simulated endpoint from the request (and, for payment, from the
 * ledger of charges). A responder runs only when the current fault profile lets the request
 * reach the service; delays and faults are added afterwards.
 *
 * <p>Implementations must be thread-safe: Jetty calls them from many threads at once.
 */
@FunctionalInterface
public interface Responder {

    /** The answer to {@code request}, before any fault profile is applied. */
    ResponseDefinition respond(Request request);
}
