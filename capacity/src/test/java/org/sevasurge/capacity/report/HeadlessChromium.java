package org.sevasurge.capacity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol on a loopback WebSocket (the JDK's own client):
 * opens a page, records every network request, console error and uncaught exception, evaluates script and takes
 * a full-page screenshot. Started with the flags that keep it from reaching outside hosts. A test helper; one
 * page per instance, not thread-safe for callers (its listener thread only fills thread-safe collections).
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session;

    /** Every URL the page requested. */
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    /** Console errors, log errors and uncaught exceptions. */
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** @return Chromium's executable, or null where it is not installed */
    static Path find() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    HeadlessChromium(Path executable, Path profile) throws Exception {
        process = new ProcessBuilder(
                        executable.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "--window-size=1400,2000",
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String url = devtoolsUrl();
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank"))
                .path("targetId")
                .asText();
        session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId")
                .asText();
        for (String domain : List.of("Network", "Runtime", "Log", "Page")) {
            send(session, domain + ".enable", Map.of());
        }
    }

    private String devtoolsUrl() throws IOException {
        BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> {}), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Chromium printed no DevTools address within " + TIMEOUT);
    }

    /** Opens {@code file} and waits for its load event and {@code settleMillis} more. */
    void open(Path file, long settleMillis) throws Exception {
        send(session, "Page.navigate", Map.of("url", file.toUri().toString()));
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Thread.sleep(settleMillis);
    }

    /** @return the value of {@code expression} evaluated in the page (JSON-serialisable) */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Writes a PNG of the whole page, {@code width} pixels wide. */
    void screenshot(Path png, int width) throws Exception {
        int height = evaluate("document.documentElement.scrollHeight").asInt(2000);
        send(
                session,
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        Thread.sleep(500); // charts resize to the new viewport on their own
        String data = send(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .path("data")
                .asText();
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, java.util.Base64.getDecoder().decode(data));
    }

    private JsonNode send(String sessionId, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void event(JsonNode message) {
        String method = message.path("method").asText();
        JsonNode params = message.path("params");
        switch (method) {
            case "Network.requestWillBeSent" ->
                requests.add(params.path("request").path("url").asText());
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText())) {
                    errors.add("console.error: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if ("error".equals(params.path("entry").path("level").asText())) {
                    errors.add("log: " + params.path("entry").path("text").asText() + " "
                            + params.path("entry").path("url").asText());
                }
            }
            case "Page.loadEventFired" -> loaded.complete(null);
            default -> {}
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException e) {
            // the browser is going away anyway
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer =
                                pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        event(message);
                    }
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
