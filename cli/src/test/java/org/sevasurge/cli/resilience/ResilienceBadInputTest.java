package org.sevasurge.cli.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.cli.Cli;
import org.sevasurge.cli.ExitCodes;

/** Bad input to {@code resilience} exits 2 before any testbed or load, naming what is wrong and what is accepted. */
class ResilienceBadInputTest {
    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        String[] all = Stream.concat(
                        Stream.of("resilience", "--runs", dir.resolve("runs").toString()), Stream.of(args))
                .toArray(String[]::new);
        return Cli.run(all);
    }

    private void assertRefusedBeforeAnyLoad(Cli.Result result, String message) {
        assertThat(result.exitCode()).as("exit status; err: %s", result.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).doesNotContain("starting the embedded testbed");
        assertThat(dir.resolve("runs")).as("no run folder").doesNotExist();
    }

    private Path scenarios(String fault) throws IOException {
        Path file = dir.resolve("bad-scenarios.yaml");
        Files.writeString(
                file,
                "scenarios:\n  broken:\n    seconds: 60\n    faults:\n      - {at: 10, until: 20}\n" + "      - "
                        + fault + "\n");
        return file;
    }

    @Test
    void anUnknownServiceInATimelineIsRefusedNamingTheEntry() throws IOException {
        Path file = scenarios("{at: 10, target: sms-gateway, what: down, until: 20}");
        assertRefusedBeforeAnyLoad(
                run("--scenarios", file.toString(), "--rate", "1"),
                file + ": scenarios.broken.faults[0].target is missing");
        Files.writeString(
                file,
                Files.readString(file).replace("{at: 10, until: 20}", "{at: 5, target: ekyc, what: down, until: 8}"));
        assertRefusedBeforeAnyLoad(
                run("--scenarios", file.toString(), "--rate", "1"),
                file + ": scenarios.broken.faults[1].target = 'sms-gateway' is not a known service or part");
    }

    @Test
    void anEndBeforeItsStartOrATimeOutsideTheRunIsRefusedNamingTheEntry() throws IOException {
        Path file = scenarios("{at: 10, target: ekyc, what: down, until: 20}");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("{at: 10, until: 20}", "{at: 30, target: payment, what: slow, until: 25}"));
        assertRefusedBeforeAnyLoad(
                run("--scenarios", file.toString(), "--rate", "1"),
                "scenarios.broken.faults[0].until = 25.0 is not after at = 30.0");
        Files.writeString(file, Files.readString(file).replace("until: 25", "until: 75"));
        assertRefusedBeforeAnyLoad(
                run("--scenarios", file.toString(), "--rate", "1"), "scenarios.broken.faults[0].until = 75");
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheAcceptedNames() {
        assertRefusedBeforeAnyLoad(
                run("--scenario", "meteor-strike", "--rate", "1"),
                "--scenario 'meteor-strike': accepted values: all, disk-full, disk-full-database, payment-slow, service-crash");
    }

    @Test
    void badLoadAndRateAreRefused() {
        assertRefusedBeforeAnyLoad(run("--load", "0"), "--load 0.0: accepted values: a percentage");
        assertRefusedBeforeAnyLoad(run("--rate", "-2"), "--rate -2.0: accepted values: a number > 0");
    }

    @Test
    void withoutAMeasuredCapacityOrARateItSaysHowToGetOne() {
        assertRefusedBeforeAnyLoad(
                run("--scenario", "payment-slow"),
                "no capacity.json of a season-mix search with a capacity found under");
    }

    @Test
    void aBrokenPromiseIsRefusedUnlessTheEnvironmentAllowsIt() {
        assertThat(System.getenv(ResilienceCommand.ALLOW_VARIABLE))
                .as("this test needs it unset")
                .isNull();
        assertRefusedBeforeAnyLoad(
                run("--scenario", "disk-full", "--rate", "1", "--break-promise", "no-storage-guard"),
                "--break-promise breaks a promise of the service on purpose and is only for tests");
    }

    @Test
    void aReportGivenAFolderWithoutAScorecardSaysWhatItAccepts() {
        Cli.Result result = Cli.run(
                "report", dir.toString(), "--resilience", dir.resolve("nothing").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err())
                .contains("--resilience " + dir.resolve("nothing") + ": no resilience.json there;"
                        + " accepted: the folder of a './sevasurge resilience' run or its resilience.json");
    }

    @Test
    void theLoadIsAShareOfTheNewestSeasonMixCapacity() throws IOException {
        Path runs = dir.resolve("measured");
        write(runs.resolve("20261101-100000-capacity-season-mix-aaaa/capacity.json"), "season-mix", "FOUND", 8.0);
        write(runs.resolve("20261102-100000-capacity-season-mix-bbbb/capacity.json"), "season-mix", "FOUND", 6.0);
        write(runs.resolve("20261103-100000-capacity-status-cccc/capacity.json"), "status", "FOUND", 400.0);
        write(
                runs.resolve("20261104-100000-capacity-season-mix-dddd/capacity.json"),
                "season-mix",
                "INJECTOR_LIMIT",
                0.0);

        ScenarioRate.Capacity capacity = ScenarioRate.newest(runs);

        assertThat(capacity.perSecond())
                .as("the newest search of the season mix that found a capacity")
                .isEqualTo(6.0);
        assertThat(capacity.file().toString()).contains("bbbb");
    }

    private static void write(Path file, String journey, String status, double capacity) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "{\"journey\": \"" + journey + "\", \"status\": \"" + status + "\", \"capacityPerSecond\": " + capacity
                        + "}");
    }
}
