package org.sevasurge.mocks;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;

/**
 * WireMock's Jetty server, changed in one thing: stopping it drops the delayed answers still
 * waiting. WireMock's own stop calls {@code shutdown()} on its scheduler, which still runs every
 * pending delayed task, so a blackholed answer due in 10 minutes would keep the scheduler's
 * threads, and with them the JVM, alive for 10 minutes after {@code close()}. Thread-safe.
 */
final class MockHttpServerFactory implements HttpServerFactory {

    @Override
    public HttpServer buildHttpServer(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            public void stop() {
                if (scheduledExecutorService != null) {
                    scheduledExecutorService.shutdownNow();
                }
                super.stop();
            }
        };
    }
}
