package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badArgumentsEndWithStatus2AndTheReasonAndTheUsage() {
        Main.Launch launch = launch("--profile", "slowish");

        assertThat(launch.exitCode()).isEqualTo(2);
        assertThat(launch.mocks()).isNull();
        assertThat(text(err))
                .startsWith("sevasurge-mocks: unknown profile 'slowish'")
                .contains("usage: java -jar sevasurge-mocks.jar");
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        Main.Launch launch = launch("--help");

        assertThat(launch.exitCode()).isZero();
        assertThat(launch.mocks()).isNull();
        assertThat(text(out)).contains("--profile SPEC").contains("payment=slow,sms=down");
    }

    @Test
    void aStartPrintsOneReadyLineWithThePortPicked() {
        Main.Launch launch = launch("--port", "0", "--profile", "payment=down");
        try (GovernmentServiceMocks mocks = launch.mocks()) {
            TestClient client = new TestClient(mocks.baseUrl());

            assertThat(text(out))
                    .isEqualTo("sevasurge-mocks ready on http://127.0.0.1:" + mocks.port() + System.lineSeparator());
            assertThat(client.post("/payments/v1/charges", Payloads.charge("APP-1", 100), "Idempotency-Key", "k")
                            .failed())
                    .as("payment started down")
                    .isTrue();
            assertThat(client.post("/sms/v1/messages", Payloads.SMS).status()).isEqualTo(202);
        }
    }

    @Test
    void aTakenPortEndsWithStatus1AndSaysWhy() {
        try (GovernmentServiceMocks first = GovernmentServiceMocks.start()) {
            Main.Launch launch = launch("--port", String.valueOf(first.port()));

            assertThat(launch.exitCode()).isEqualTo(1);
            assertThat(text(err)).contains("could not start the mocks on 127.0.0.1:" + first.port());
        }
    }

    private Main.Launch launch(String... args) {
        return Main.launch(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
