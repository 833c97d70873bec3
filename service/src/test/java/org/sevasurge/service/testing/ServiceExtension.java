package org.sevasurge.service.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link RunningService} (fresh database, fresh document volume) for all the tests of a class:
 * {@code @RegisterExtension static final ServiceExtension SERVICE = new ServiceExtension();}.
 */
public final class ServiceExtension implements BeforeAllCallback, AfterAllCallback {

    private RunningService service;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        service = RunningService.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        service.close();
    }

    public RunningService service() {
        return service;
    }

    public ServiceClient client() {
        return service.client();
    }
}
