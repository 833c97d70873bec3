package org.sevasurge.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runnable jar, as the testbed and users start it: a separate JVM (about 2 s). */
class StandaloneJarIT {

    private static final Path JAR = Path.of("target", "sevasurge-mocks.jar");
    private static final Pattern READY =
            Pattern.compile("sevasurge-mocks ready on (" + Pattern.quote("http://127.0.0.1:") + "\\d+)");
    private static final Map<Process, Path> ERROR_LOGS = new ConcurrentHashMap<>();

    @Test
    void theJarStartsOnAFreePortServesAndStopsCleanlyOnSigterm() throws Exception {
        Process process = start("--port", "0", "--profile", "payment=down");
        try {
            String line = firstLine(process);
            Matcher ready = READY.matcher(line);
            assertThat(ready.matches()).as("ready line: %s", line).isTrue();
            TestClient client = new TestClient(ready.group(1));

            assertThat(client.post("/ekyc/v1/verify", Payloads.EKYC_APPLICANT).status())
                    .isEqualTo(200);
            assertThat(client.post("/payments/v1/charges", Payloads.charge("APP-1", 100), "Idempotency-Key", "k")
                            .failed())
                    .as("payment started down")
                    .isTrue();

            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
            assertThat(process.exitValue())
                    .as("128 + SIGTERM, after the shutdown hook")
                    .isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aBadProfileEndsTheJarWithStatus2NamingTheAcceptedProfiles() throws Exception {
        Process process = start("--profile", "payment=sideways");
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(errorLog(process)))
                    .contains("unknown profile 'sideways'; accepted profiles: healthy, slow, brownout, flaky, down,"
                            + " blackhole, dribble");
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process start(String... args) throws IOException {
        assertThat(JAR).as("built by the package phase").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(Path.of("target"), "standalone-", ".err");
        Process process =
                new ProcessBuilder(command).redirectError(log.toFile()).start();
        ERROR_LOGS.put(process, log);
        return process;
    }

    private static Path errorLog(Process process) {
        return ERROR_LOGS.get(process);
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return String.valueOf(out.readLine());
                    } catch (IOException e) {
                        return e.toString();
                    }
                })
                .get(30, TimeUnit.SECONDS);
    }
}
