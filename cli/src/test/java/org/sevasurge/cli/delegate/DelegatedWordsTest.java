package org.sevasurge.cli.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code images} and {@code bench} hand their words to the testbed's and the benchmarks' own parsers, which need them
 * in the order typed: {@code images build --work-dir DIR} once reached the testbed as {@code build DIR --work-dir}, so
 * CI's image build failed and every test tagged docker was skipped.
 */
class DelegatedWordsTest {

    @Test
    void imagesPassesItsWordsInTheOrderTyped() {
        ImagesSubcommand images = new ImagesSubcommand();
        new CommandLine(images).parseArgs("build", "--work-dir", "target/ci/images", "--force");

        assertThat(images.args).containsExactly("build", "--work-dir", "target/ci/images", "--force");
    }

    @Test
    void benchPassesItsWordsInTheOrderTyped() {
        BenchSubcommand bench = new BenchSubcommand();
        new CommandLine(bench).parseArgs("--compare", "baseline.json", "--threshold", "15", "--quick");

        assertThat(bench.args).containsExactly("--compare", "baseline.json", "--threshold", "15", "--quick");
    }
}
