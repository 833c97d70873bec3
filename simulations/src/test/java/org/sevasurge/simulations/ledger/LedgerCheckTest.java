package org.sevasurge.simulations.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.simulations.recording.LedgerEntry;

/** The ledger check against a tiny real HTTP server on a free loopback port that serves status answers. */
class LedgerCheckTest {
    private final Map<String, String> storedHashes = new ConcurrentHashMap<>();
    private final Map<String, Integer> statusOverrides = new ConcurrentHashMap<>();
    private HttpServer server;
    private LedgerCheck check;

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/applications/", exchange -> {
            String number = exchange.getRequestURI().getPath().substring("/api/v1/applications/".length());
            String hash = storedHashes.get(number);
            // As the service: a status read needs the citizen's access code.
            boolean codeShown =
                    ("code-" + number).equals(exchange.getRequestHeaders().getFirst("Access-Code"));
            int status = statusOverrides.getOrDefault(number, hash == null ? 404 : codeShown ? 200 : 403);
            byte[] body = (status == 200
                            ? "{\"applicationNo\":\"" + number + "\",\"status\":\"SUBMITTED\"," + "\"payloadSha256\":\""
                                    + hash + "\"}"
                            : "{\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        check = new LedgerCheck(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), 2, Duration.ofSeconds(2));
    }

    @AfterEach
    void stopService() {
        server.stop(0);
    }

    private static LedgerEntry entry(String key, String number, String hash) {
        return new LedgerEntry(
                key, number, hash, hash, Instant.parse("2026-11-28T12:45:00Z"), 1, "code-" + number, null);
    }

    @Test
    void aLostAChangedAndADuplicatedApplicationAreEachCounted(@TempDir Path dir) throws Exception {
        storedHashes.put("CG-INC-2026-0000001", "aaa");
        storedHashes.put("CG-INC-2026-0000003", "something-else");
        storedHashes.put("CG-INC-2026-0000004", "ddd");
        List<LedgerEntry> ledger = List.of(
                entry("k1", "CG-INC-2026-0000001", "aaa"),
                entry("k2", "CG-INC-2026-0000002", "bbb"),
                entry("k3", "CG-INC-2026-0000003", "ccc"),
                entry("k4", "CG-INC-2026-0000004", "ddd"),
                entry("k5", "CG-INC-2026-0000004", "ddd"));

        LedgerVerdict verdict = check.check(ledger);

        assertThat(verdict.lost())
                .as("0000002 was acknowledged but answers 404")
                .isEqualTo(1);
        assertThat(verdict.changed()).as("0000003 stores another payload hash").isEqualTo(1);
        assertThat(verdict.duplicated())
                .as("0000004 was acknowledged under two keys")
                .isEqualTo(1);
        assertThat(verdict.unreadable()).isZero();
        assertThat(verdict.acknowledged()).isEqualTo(5);
        assertThat(verdict.readBack()).as("distinct application numbers").isEqualTo(4);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.describe()).startsWith("BROKEN: 1 lost, 1 changed, 1 duplicated, 0 unreadable");

        verdict.writeTo(dir.resolve("ledger-check.json"));
        assertThat(Files.readString(dir.resolve("ledger-check.json")))
                .contains("\"lost\" : 1")
                .contains("\"changed\" : 1")
                .contains("\"duplicated\" : 1")
                .contains("\"intact\" : false")
                .contains("CG-INC-2026-0000002");
    }

    @Test
    void oneKeyAcknowledgedWithTwoNumbersIsADuplicate() throws Exception {
        storedHashes.put("CG-RES-2026-0000010", "eee");
        storedHashes.put("CG-RES-2026-0000011", "eee");

        LedgerVerdict verdict = check.check(
                List.of(entry("k9", "CG-RES-2026-0000010", "eee"), entry("k9", "CG-RES-2026-0000011", "eee")));

        assertThat(verdict.duplicated())
                .as("a retry that created a second application")
                .isEqualTo(1);
        assertThat(verdict.lost()).isZero();
    }

    @Test
    void aRetryThatGotTheSameAnswerIsNotADuplicate() throws Exception {
        storedHashes.put("CG-BIR-2026-0000005", "fff");

        LedgerVerdict verdict = check.check(
                List.of(entry("k7", "CG-BIR-2026-0000005", "fff"), entry("k7", "CG-BIR-2026-0000005", "fff")));

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.describe()).isEqualTo("intact: 2 acknowledged, 1 read back");
    }

    @Test
    void anApplicationTheServiceCannotAnswerForIsUnreadableAndFailsTheCheck() throws Exception {
        storedHashes.put("CG-SHP-2026-0000006", "ggg");
        statusOverrides.put("CG-SHP-2026-0000006", 503);

        LedgerVerdict verdict = check.check(List.of(entry("k6", "CG-SHP-2026-0000006", "ggg")));

        assertThat(verdict.unreadable()).isEqualTo(1);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problems().get(0).detail()).contains("HTTP 503");
    }

    @Test
    void theReadBackPresentsTheAccessCodeTheAcknowledgementReturned() throws Exception {
        storedHashes.put("CG-INC-2026-0000009", "iii");
        LedgerEntry withoutCode = new LedgerEntry(
                "k9", "CG-INC-2026-0000009", "iii", "iii", Instant.parse("2026-11-28T12:45:00Z"), 1, null, null);

        assertThat(check.check(List.of(entry("k9", "CG-INC-2026-0000009", "iii")))
                        .intact())
                .as("with the citizen's code the application reads back")
                .isTrue();
        assertThat(check.check(List.of(withoutCode)).unreadable())
                .as("without it the service refuses")
                .isEqualTo(1);
    }

    @Test
    void anEmptyLedgerIsIntact() throws Exception {
        assertThat(check.check(List.of()).intact()).isTrue();
    }
}
