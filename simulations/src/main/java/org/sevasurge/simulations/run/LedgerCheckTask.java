package org.sevasurge.simulations.run;

import org.sevasurge.simulations.ledger.LedgerCheck;
import org.sevasurge.simulations.ledger.LedgerVerdict;
import org.sevasurge.simulations.recording.AckLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the ledger check off Gatling's threads (the simulation polls for it without blocking an event loop) and
 * writes {@code ledger-check.json}. One task per run.
 */
final class LedgerCheckTask {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerCheckTask.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final LedgerCheck check;
    private final AckLedger ledger;
    private final Path output;

    LedgerCheckTask(RunSettings settings, AckLedger ledger, Path output) {
        this.check = new LedgerCheck(settings.target(), settings.ledgerParallelism(), READ_TIMEOUT);
        this.ledger = ledger;
        this.output = output;
    }

    CompletableFuture<LedgerVerdict> start() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                LedgerVerdict verdict = check.check(ledger.entries());
                verdict.writeTo(output);
                LOG.info("ledger check: {}", verdict.describe());
                return verdict;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ledger check interrupted", e);
            } catch (RuntimeException e) {
                LOG.error("ledger check failed: {}", e.toString());
                throw e;
            }
        });
    }

    static LedgerVerdict verdictOf(CompletableFuture<LedgerVerdict> task) {
        return task.isDone() && !task.isCompletedExceptionally() ? task.join() : null;
    }
}
