package org.sevasurge.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sevasurge.cli.Cli;
import org.sevasurge.cli.ExitCodes;

/**
 * Every bad option of every command exits 2 before anything starts, with a message naming the option and what it
 * accepts. None of these starts a testbed: validation comes first.
 */
class BadOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            season --profile monsoon                             | profiles.monsoon is not defined: accepted values: smoke, season, results-day, soak
            season --target ftp://x                              | --target 'ftp://x': accepted values: embedded, or an http:// or https:// base URL
            season --compression 0                               | --compression 0.0: accepted values: a number > 0
            season --rate-factor -1                              | --rate-factor -1.0: accepted values: a number > 0
            season --seed abc                                    | --seed
            season --warm-up -1                                  | --warm-up -1.0: accepted values: 0 to 600 seconds
            season --warm-up 601                                 | --warm-up 601.0: accepted values: 0 to 600 seconds
            season --injector-cores 0                            | --injector-cores 0.0: accepted values: a number of cores > 0
            season --injector-heap lots                          | --injector-heap 'lots': accepted values: a JVM heap size
            season --injector-cpus first                         | --injector-cpus 'first': accepted values: a CPU list
            season --calendar /no/such/calendar.yaml             | --calendar /no/such/calendar.yaml: no such file
            season --frobnicate                                  | Unknown option: '--frobnicate'
            season --testbed vm                                  | Invalid value for option '--testbed': expected one of [embedded, containers]
            season --service-cpus 2                              | go with --testbed containers
            season --testbed containers --service-cpus lots      | --service-cpus
            season --testbed containers --service-memory 12      | --service-memory
            season --target http://127.0.0.1:9 --testbed containers | with --target http://127.0.0.1:9 nothing is started
            capacity --testbed containers --documents-volume 1k  | --documents-volume
            capacity --journey lunch                             | --journey 'lunch': accepted values: season-mix, submit, status, download, verify
            capacity --from 0                                    | --from 0.0: accepted values: a number > 0
            capacity --step -5                                   | --step -5.0: accepted values: a number > 0
            capacity --hold 1                                    | --hold 1: accepted values: 3 to 3600 seconds
            capacity --hold 20 --warmup 15                       | --warmup 15.0: accepted values: 0 to half the hold
            capacity --from 10 --max 5                           | --max 5.0: accepted values: a rate at least --from
            capacity --budget 0.1                                | --budget 0.1: accepted values: minutes enough for two steps
            capacity --target-utilisation 150                    | --target-utilisation 150.0: accepted values: a percentage above 0, at most 100
            capacity --profile monsoon                           | profiles.monsoon is not defined
            capacity --slo p95=5ms,p99=9ms,errors=1%             | --body, --header and --slo go with --request
            capacity --request 'GET /x' --slo p95=5ms,p99=9ms,errors=1% | --request needs --target URL
            capacity --target http://127.0.0.1:9 --request 'FETCH /x' --slo p95=5ms,p99=9ms,errors=1% | --request 'FETCH /x': accepted values: 'METHOD /path'
            capacity --target http://127.0.0.1:9 --request 'GET /x' | --request needs --slo
            capacity --target http://127.0.0.1:9 --request 'GET /x' --slo p95=5,p99=9ms,errors=1% | a latency needs a unit, ms or s
            capacity --target http://127.0.0.1:9 --request 'GET /x' --slo p95=50ms,p99=9ms,errors=1% | p99 (9 ms) is below p95 (50 ms)
            capacity --target http://127.0.0.1:9 --request 'GET /x' --slo p95=5ms,errors=1% | p95, p99 and errors are all required
            capacity --target http://127.0.0.1:9 --request 'GET /x' --slo p95=5ms,p99=9ms,errors=1% --header 'no colon' | --header 'no colon': accepted values: 'Name: value'
            capacity --target http://127.0.0.1:9 --request 'POST /x' --slo p95=5ms,p99=9ms,errors=1% --body /no/such/body.json | --body /no/such/body.json: no such file
            usl                                                  | Missing required option: '--csv=FILE'
            usl --csv /no/such/points.csv                        | /no/such/points.csv: cannot read the CSV file
            runs --runs /no/such/runs                            | /no/such/runs: no such folder
            injector --rate 0                                    | --rate 0.0: accepted values: submissions/s above 0
            injector --seconds 1                                 | --seconds 1: accepted values: 3 to 3600
            injector --warmup -1                                 | --warmup -1: accepted values: 0 to 600 seconds
            injector --rounds 0                                  | --rounds 0: accepted values: 1 to 20
            injector --injector-cpus one                         | --injector-cpus 'one': accepted values
            injector --calendar /no/such/calendar.yaml           | --calendar /no/such/calendar.yaml: no such file
            weather                                              | Unmatched argument at index 0: 'weather'
            """)
    void aBadOptionExitsTwoNamingItAndWhatItAccepts(String commandLine, String message) {
        Cli.Result result = Cli.runLine(commandLine);

        assertThat(result.exitCode())
                .as("exit status of %s; err: %s", commandLine, result.err())
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
