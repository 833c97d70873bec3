package org.sevasurge.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sevasurge.cli.Cli;
import org.sevasurge.cli.ExitCodes;

/**
 * Every bad option of every command exits 2 before anything starts, with a message naming the option and what it
 * accepts. None of these starts a testbed: validation comes first.
 */
class BadOptionsTest {

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(
                        new String[] {"season", "--profile", "monsoon"},
                        "profiles.monsoon is not defined: accepted values: smoke, season, results-day, soak"),
                Arguments.of(
                        new String[] {"season", "--target", "ftp://x"},
                        "--target 'ftp://x': accepted values: embedded, or an http:// or https:// base URL"),
                Arguments.of(
                        new String[] {"season", "--compression", "0"},
                        "--compression 0.0: accepted values: a number > 0"),
                Arguments.of(
                        new String[] {"season", "--rate-factor", "-1"},
                        "--rate-factor -1.0: accepted values: a number > 0"),
                Arguments.of(new String[] {"season", "--seed", "abc"}, "--seed"),
                Arguments.of(
                        new String[] {"season", "--injector-cores", "0"},
                        "--injector-cores 0.0: accepted values: a number of cores > 0"),
                Arguments.of(
                        new String[] {"season", "--injector-heap", "lots"},
                        "--injector-heap 'lots': accepted values: a JVM heap size"),
                Arguments.of(
                        new String[] {"season", "--injector-cpus", "first"},
                        "--injector-cpus 'first': accepted values: a CPU list"),
                Arguments.of(
                        new String[] {"season", "--calendar", "/no/such/calendar.yaml"},
                        "--calendar /no/such/calendar.yaml: no such file"),
                Arguments.of(new String[] {"season", "--frobnicate"}, "Unknown option: '--frobnicate'"),
                Arguments.of(
                        new String[] {"season", "--testbed", "vm"},
                        "Invalid value for option '--testbed': expected one of [embedded, containers]"),
                Arguments.of(new String[] {"season", "--service-cpus", "2"}, "go with --testbed containers"),
                Arguments.of(
                        new String[] {"season", "--testbed", "containers", "--service-cpus", "lots"}, "--service-cpus"),
                Arguments.of(
                        new String[] {"season", "--testbed", "containers", "--service-memory", "12"},
                        "--service-memory"),
                Arguments.of(
                        new String[] {"season", "--target", "http://127.0.0.1:9", "--testbed", "containers"},
                        "with --target http://127.0.0.1:9 nothing is started"),
                Arguments.of(
                        new String[] {"capacity", "--testbed", "containers", "--documents-volume", "1k"},
                        "--documents-volume"),
                Arguments.of(
                        new String[] {"capacity", "--journey", "lunch"},
                        "--journey 'lunch': accepted values: season-mix, submit, status, download, verify"),
                Arguments.of(new String[] {"capacity", "--from", "0"}, "--from 0.0: accepted values: a number > 0"),
                Arguments.of(new String[] {"capacity", "--step", "-5"}, "--step -5.0: accepted values: a number > 0"),
                Arguments.of(new String[] {"capacity", "--hold", "1"}, "--hold 1: accepted values: 3 to 3600 seconds"),
                Arguments.of(
                        new String[] {"capacity", "--hold", "20", "--warmup", "15"},
                        "--warmup 15.0: accepted values: 0 to half the hold"),
                Arguments.of(
                        new String[] {"capacity", "--from", "10", "--max", "5"},
                        "--max 5.0: accepted values: a rate at least --from"),
                Arguments.of(
                        new String[] {"capacity", "--budget", "0.1"},
                        "--budget 0.1: accepted values: minutes enough for two steps"),
                Arguments.of(
                        new String[] {"capacity", "--target-utilisation", "150"},
                        "--target-utilisation 150.0: accepted values: a percentage above 0, at most 100"),
                Arguments.of(new String[] {"capacity", "--profile", "monsoon"}, "profiles.monsoon is not defined"),
                Arguments.of(
                        new String[] {"capacity", "--slo", "p95=5ms,p99=9ms,errors=1%"},
                        "--body, --header and --slo go with --request"),
                Arguments.of(
                        new String[] {"capacity", "--request", "GET /x", "--slo", "p95=5ms,p99=9ms,errors=1%"},
                        "--request needs --target URL"),
                Arguments.of(
                        new String[] {
                            "capacity",
                            "--target",
                            "http://127.0.0.1:9",
                            "--request",
                            "FETCH /x",
                            "--slo",
                            "p95=5ms,p99=9ms,errors=1%"
                        },
                        "--request 'FETCH /x': accepted values: 'METHOD /path'"),
                Arguments.of(
                        new String[] {"capacity", "--target", "http://127.0.0.1:9", "--request", "GET /x"},
                        "--request needs --slo"),
                Arguments.of(
                        new String[] {
                            "capacity",
                            "--target",
                            "http://127.0.0.1:9",
                            "--request",
                            "GET /x",
                            "--slo",
                            "p95=5,p99=9ms,errors=1%"
                        },
                        "a latency needs a unit, ms or s"),
                Arguments.of(
                        new String[] {
                            "capacity",
                            "--target",
                            "http://127.0.0.1:9",
                            "--request",
                            "GET /x",
                            "--slo",
                            "p95=50ms,p99=9ms,errors=1%"
                        },
                        "p99 (9 ms) is below p95 (50 ms)"),
                Arguments.of(
                        new String[] {
                            "capacity",
                            "--target",
                            "http://127.0.0.1:9",
                            "--request",
                            "GET /x",
                            "--slo",
                            "p95=5ms,errors=1%"
                        },
                        "p95, p99 and errors are all required"),
                Arguments.of(
                        new String[] {
                            "capacity",
                            "--target",
                            "http://127.0.0.1:9",
                            "--request",
                            "GET /x",
                            "--slo",
                            "p95=5ms,p99=9ms,errors=1%",
                            "--header",
                            "no colon"
                        },
                        "--header 'no colon': accepted values: 'Name: value'"),
                Arguments.of(
                        new String[] {
                            "capacity",
                            "--target",
                            "http://127.0.0.1:9",
                            "--request",
                            "POST /x",
                            "--slo",
                            "p95=5ms,p99=9ms,errors=1%",
                            "--body",
                            "/no/such/body.json"
                        },
                        "--body /no/such/body.json: no such file"),
                Arguments.of(new String[] {"usl"}, "Missing required option: '--csv=FILE'"),
                Arguments.of(
                        new String[] {"usl", "--csv", "/no/such/points.csv"},
                        "/no/such/points.csv: cannot read the CSV file"),
                Arguments.of(new String[] {"runs", "--runs", "/no/such/runs"}, "/no/such/runs: no such folder"),
                Arguments.of(
                        new String[] {"injector", "--rate", "0"}, "--rate 0.0: accepted values: submissions/s above 0"),
                Arguments.of(new String[] {"injector", "--seconds", "1"}, "--seconds 1: accepted values: 3 to 3600"),
                Arguments.of(
                        new String[] {"injector", "--warmup", "-1"}, "--warmup -1: accepted values: 0 to 600 seconds"),
                Arguments.of(new String[] {"injector", "--rounds", "0"}, "--rounds 0: accepted values: 1 to 20"),
                Arguments.of(
                        new String[] {"injector", "--injector-cpus", "one"}, "--injector-cpus 'one': accepted values"),
                Arguments.of(
                        new String[] {"injector", "--calendar", "/no/such/calendar.yaml"},
                        "--calendar /no/such/calendar.yaml: no such file"),
                Arguments.of(new String[] {"weather"}, "Unmatched argument at index 0: 'weather'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void aBadOptionExitsTwoNamingItAndWhatItAccepts(String[] args, String message) {
        Cli.Result result = Cli.run(args);

        assertThat(result.exitCode())
                .as("exit status of %s; err: %s", String.join(" ", args), result.err())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err())
                .as("the message names the option and what it accepts")
                .contains(message);
        assertThat(result.out()).as("nothing was started").doesNotContain("testbed ready");
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandHasHelpThatExitsZero(String command) {
        // A '%' left unescaped in a help text makes picocli warn on the process's own stderr, not the command's.
        PrintStream processErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        Cli.Result result;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            result = Cli.run(command, "--help");
        } finally {
            System.setErr(processErr);
        }
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: sevasurge " + command);
        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .as("picocli's warnings on the help text")
                .isEmpty();
    }

    static Stream<String> commands() {
        return Stream.of("season", "capacity", "report", "compare", "usl", "runs", "injector");
    }
}
