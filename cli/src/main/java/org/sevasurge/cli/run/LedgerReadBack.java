package org.sevasurge.cli.run;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.simulations.ledger.LedgerCheck;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.recording.AckLedger;
import org.sevasurge.simulations.run.Defaults;

/**
 * Reads every acknowledged application of a run back from the service after the load ({@code ledger.jsonl} ->
 * {@code ledger-check.json}), while the system under test is still up. Stateless.
 */
public final class LedgerReadBack {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private LedgerReadBack() {}

    /** @return the verdict, also written to the run folder; an empty ledger gives an intact, empty verdict */
    public static LedgerVerdict check(Path runDir, URI target) throws InterruptedException {
        Path ledger = runDir.resolve(RunLayout.LEDGER);
        var entries = Files.isRegularFile(ledger)
                ? AckLedger.read(ledger)
                : List.<org.sevasurge.simulations.recording.LedgerEntry>of();
        LedgerVerdict verdict = new LedgerCheck(target, Defaults.LEDGER_PARALLELISM, READ_TIMEOUT).check(entries);
        verdict.writeTo(runDir.resolve(RunLayout.LEDGER_CHECK));
        return verdict;
    }
}
