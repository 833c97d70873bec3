package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends WireMock's own messages to SLF4J. Needed because wiremock-standalone shades a private
 * copy of SLF4J without a binding, so its built-in SLF4J notifier would log nowhere.
 * Thread-safe.
 */
final class WireMockLogBridge implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger("org.sevasurge.mocks.wiremock");

    @Override
    public void info(String message) {
        LOG.debug(message);
    }

    @Override
    public void error(String message) {
        LOG.warn(message);
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.warn(message, t);
    }
}
