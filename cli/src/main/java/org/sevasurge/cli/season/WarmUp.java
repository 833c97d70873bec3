package org.sevasurge.cli.season;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.cli.run.Cleanup;
import org.sevasurge.cli.run.Injector;
import org.sevasurge.cli.run.InjectorOptions;
import org.sevasurge.cli.run.LedgerReadBack;
import org.sevasurge.cli.run.StaircaseProperties;
import org.sevasurge.cli.run.WorkloadOptions;
import org.sevasurge.simulations.calendar.JourneyMix;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.plan.StaircaseSpec;
import org.sevasurge.simulations.season.StaircaseSimulation;

/**
 * The unjudged warm-up before a season run's profile: the season mix as open arrivals at a quarter, a half and
 * three quarters of the profile's peak submission rate, a third of the time each, in a run folder of its own inside
 * the season run's ({@code warm-up-<the run's suffix>/}), every acknowledged application read back. A JVM service
 * compiles its hot paths in its first minutes of load; a results day meets a service that has been up for days, so
 * the profile should too. Its latencies are kept in its folder and never judged; its ledger is, as every ledger.
 *
 * @param seconds        how long the warm-up lasts
 * @param peakPerSecond  the profile's peak submission rate (after the rate factor)
 * @param profile        the profile whose mix and SLOs the warm-up follows
 */
record WarmUp(double seconds, double peakPerSecond, String profile) {
    /** The warm-up's steps, as fractions of the profile's peak: rising, so that a cold service is not swamped. */
    static final List<Double> SHARES_OF_PEAK = List.of(0.25, 0.5, 0.75);

    /** @return the submission rate of each step */
    List<Double> rates() {
        return SHARES_OF_PEAK.stream().map(share -> share * peakPerSecond).toList();
    }

    /** @return how long each step is held, whole seconds (at least 1) */
    int holdSeconds() {
        return Math.max(1, (int) Math.round(seconds / SHARES_OF_PEAK.size()));
    }

    /** @return the warm-up's folder name inside the season run's folder {@code runId}, unique per run */
    static String folderName(String runId) {
        // The folder name is also the run id its application keys are made from: against a staging target that
        // outlives runs, a fixed name would send the same Idempotency-Keys again and be answered from the last run.
        return "warm-up-" + runId.substring(runId.lastIndexOf('-') + 1);
    }

    /** @return one line for people, e.g. "60 s of the season mix at 10.7, 21.4, 32.1 submissions/s" */
    String describe() {
        return String.format(
                Locale.ROOT,
                "%d s of the season mix at %s submissions/s",
                holdSeconds() * SHARES_OF_PEAK.size(),
                String.join(
                        ", ",
                        rates().stream()
                                .map(rate -> String.format(Locale.ROOT, "%.1f", rate))
                                .toList()));
    }

    /**
     * Plays the warm-up against {@code target} and reads its ledger back.
     *
     * @param runDir the season run's folder; the warm-up's goes inside it
     * @return the warm-up ledger's verdict
     * @throws IllegalStateException if the injector ended before it wrote its run.json
     */
    LedgerVerdict play(
            URI target,
            Path runDir,
            WorkloadOptions workload,
            InjectorOptions injector,
            Cleanup cleanup,
            PrintWriter out)
            throws Exception {
        String name = folderName(runDir.getFileName().toString());
        Path dir = Files.createDirectories(runDir.resolve(name));
        // Submissions retried with their Idempotency-Key, as the calendar's operators do: an error while the service
        // is cold is not judged, but an acknowledged application must still be there.
        new StaircaseSpec(JourneyMix.SEASON_MIX, profile, rates(), holdSeconds(), 0, null, true)
                .write(dir.resolve("staircase.json"));
        Injector gatling = cleanup.register(Injector.of(
                StaircaseSimulation.class.getName(),
                new StaircaseProperties(target, profile, workload, runDir, name).asMap(),
                injector,
                dir));
        say(out, "warming the service up, unjudged: " + describe() + " (" + dir + ")...");
        gatling.start(out);
        int status = gatling.await();
        cleanup.closeNow(gatling);
        if (!Files.isRegularFile(dir.resolve(RunLayout.RUN_JSON))) {
            throw new IllegalStateException("the warm-up's injector ended (status " + status
                    + ") before it wrote run.json; see " + dir.resolve("injector.log"));
        }
        say(out, "reading the warm-up's acknowledged applications back...");
        return LedgerReadBack.check(dir, target);
    }

    private static void say(PrintWriter out, String line) {
        out.println("sevasurge: " + line);
        out.flush();
    }
}
