package org.sevasurge.testbed.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TmpRepeatIT {
    @Test
    void repeat() throws Exception {
        int runs = Integer.getInteger("repeat.runs", 12);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createDirectories(Path.of("target/testbed-it/repeat")).resolve("r" + i + "-" + System.nanoTime());
            PowerLossScenario.Outcome o = PowerLossScenario.run(dir, System.getProperty("repeat.promise"), 30);
            all.append(o.verdict().acknowledged()).append('/').append(o.verdict().lost()).append('/').append(o.verdict().changed()).append('/').append(o.took().toMillis()).append(' ');
            System.err.println("REPEAT " + i + " " + o);
        }
        System.err.println("REPEAT SUMMARY " + all);
    }
}
