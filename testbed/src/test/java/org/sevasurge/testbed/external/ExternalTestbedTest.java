package org.sevasurge.testbed.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sevasurge.testbed.TestbedOperation;
import org.sevasurge.testbed.UnsupportedTestbedOperationException;

class ExternalTestbedTest {

    @Test
    void anUnreachableTargetFailsBeforeAnyLoadNamingTheUrl() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        URI target = URI.create("http://127.0.0.1:" + freePort);
        assertThatThrownBy(() -> ExternalTestbed.check(target, Duration.ofSeconds(1)))
                .as("a user must see which URL did not answer and that no load was sent")
                .isInstanceOf(IOException.class)
                .hasMessageContaining("external target " + target + " is unreachable")
                .hasMessageContaining("no load was sent");
    }

    @Test
    void aReadyTargetIsUsedAsItIsAndStartsNothing() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (ExternalTestbed testbed = ExternalTestbed.check(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))) {
            assertThat(testbed.baseUrl().toString())
                    .as("no trailing slash, so paths append cleanly")
                    .isEqualTo("http://127.0.0.1:" + server.getAddress().getPort());
            assertThat(testbed.servicePid())
                    .as("nothing was started, so there is nothing to kill")
                    .isEmpty();
            for (TestbedOperation operation : TestbedOperation.values()) {
                assertThat(testbed.supports(operation))
                        .as("%s on someone else's service", operation)
                        .isFalse();
            }
            assertThatThrownBy(testbed::killService)
                    .as("a scenario that needs a crash is told why it cannot have one here, and what to use")
                    .isInstanceOf(UnsupportedTestbedOperationException.class)
                    .hasMessageContaining("the external testbed cannot killService()")
                    .hasMessageContaining("--testbed embedded or containers");
        } finally {
            server.stop(0);
        }
    }
}
