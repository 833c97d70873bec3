package org.sevasurge.capacity.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sevasurge.capacity.BadInputException;
import org.sevasurge.capacity.runs.LoadRunFolder;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.capacity.runs.SyntheticRun;
import org.sevasurge.capacity.steps.JourneyRate;
import org.sevasurge.capacity.verdict.RunJudge;
import org.sevasurge.capacity.verdict.RunVerdict;

class RunMergerTest {
    @TempDir
    Path dir;

    /** One injector's folder: half of a 10/s status plan, every response {@code millis} long, CPU {@code cores}. */
    private Path injector(String name, double millis, double cores, long acknowledged, double stepEnd)
            throws Exception {
        SyntheticRun run = new SyntheticRun(dir.resolve(name), RunLayout.KIND_SEASON, 1.0)
                .journey("status", true, "status")
                .slo("status", 25, 50, 0.1)
                .step(0, stepEnd, 5, Map.of("status", 5.0));
        for (int second = 1; second <= 20; second++) {
            run.second(second, "status", "status", 5, millis, 0, 200, 500)
                    .injectorSample(second, cores)
                    .serverSample(second, 0.25, 2, 100e6);
        }
        Path folder = run.write(20);
        Files.writeString(
                folder.resolve(RunLayout.LEDGER_CHECK),
                "{\"intact\":true,\"acknowledged\":" + acknowledged
                        + ",\"readBack\":" + acknowledged
                        + ",\"lost\":0,\"changed\":0,\"duplicated\":0,\"unreadable\":0,"
                        + "\"elapsedMillis\":100}");
        return folder;
    }

    @Test
    void twoInjectorsOfOnePlanReportAsOneRunOfTheSummedLoad() throws Exception {
        LoadRunFolder a = LoadRunFolder.open(injector("injector-1", 10, 0.3, 40, 20));
        LoadRunFolder b = LoadRunFolder.open(injector("injector-2", 30, 0.5, 60, 20));

        LoadRunFolder merged = RunMerger.merge(List.of(a, b), dir.resolve("merged"));
        RunVerdict verdict = RunJudge.judge(merged);

        assertThat(merged.info().steps().get(0).offeredStart())
                .as("the plan's rates add")
                .containsEntry("status", 10.0);
        assertThat(merged.info().injectorCores()).as("the core shares add").isEqualTo(2.0);
        JourneyRate status = verdict.journeys().get(0);
        assertThat(status.offered()).isCloseTo(10, within(1e-9));
        assertThat(status.achieved()).as("both injectors' successes").isCloseTo(10, within(1e-9));
        RunVerdict.Judged request = verdict.requests().get(0);
        assertThat(request.stats().count()).isEqualTo(200);
        assertThat(request.stats().p50Millis())
                .as("half the responses took 10 ms")
                .isCloseTo(10, within(0.02));
        assertThat(request.stats().p99Millis()).as("and half 30 ms").isCloseTo(30, within(0.05));
        assertThat(verdict.windows())
                .allSatisfy(w -> assertThat(w.injector().meanCores())
                        .as("the injectors' CPU adds per second")
                        .isCloseTo(0.8, within(1e-9)));
        assertThat(verdict.ledger().acknowledged()).isEqualTo(100);
        assertThat(verdict.ledger().intact()).isTrue();
        assertThat(merged.runJson().path("mergedFrom")).hasSize(2);
    }

    @Test
    void foldersOfDifferentPlansAreRefusedNamingTheFieldThatDiffers() throws Exception {
        LoadRunFolder a = LoadRunFolder.open(injector("injector-1", 10, 0.3, 40, 20));
        LoadRunFolder b = LoadRunFolder.open(injector("injector-2", 10, 0.3, 40, 15));

        assertThatThrownBy(() -> RunMerger.merge(List.of(a, b), dir.resolve("merged")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not injectors of one plan: field 'plan.steps[0] (start/end seconds)' differs")
                .hasMessageContaining(
                        dir.resolve("injector-2").resolve("run.json").toString());
    }
}
