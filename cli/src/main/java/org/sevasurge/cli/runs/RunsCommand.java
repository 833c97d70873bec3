package org.sevasurge.cli.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sevasurge.capacity.runs.RunLayout;
import org.sevasurge.cli.run.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sevasurge runs}: one line per run folder (id, kind, profile, start, verdict, headline figures), newest
 * first. Folders that are not Seva Surge runs are skipped with a note. Exit 0, or 2 when the runs folder is
 * missing.
 */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List the run folders, newest first.")
public final class RunsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "DIR", description = "the runs folder (default: runs/ at the project root)")
    Path runs;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N runs (default 50)")
    int limit;

    @Override
    public Integer call() throws IOException {
        Path dir = runs != null ? runs : Home.runs();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine()
                    .getErr()
                    .println("runs: " + dir + ": no such folder; run ./sevasurge season or capacity"
                            + " first, or name the folder with --runs DIR");
            return 2;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        }
        out.printf(
                Locale.ROOT,
                "%-44s %-10s %-22s %-20s %-8s %s%n",
                "run",
                "kind",
                "profile",
                "started",
                "verdict",
                "headlines");
        List<String> skipped = new ArrayList<>();
        int shown = 0;
        for (Path folder : folders) {
            if (shown >= limit) {
                break;
            }
            Path runJson = folder.resolve(RunLayout.RUN_JSON);
            JsonNode run;
            try {
                run = Files.isRegularFile(runJson) ? JSON.readTree(runJson.toFile()) : null;
            } catch (IOException e) {
                run = null;
            }
            if (run == null || !RunLayout.SCHEMA.equals(run.path("schema").asText())) {
                skipped.add(folder.getFileName().toString());
                continue;
            }
            out.println(RunLine.of(folder.getFileName().toString(), run));
            shown++;
        }
        if (!skipped.isEmpty()) {
            out.println("(not Seva Surge run folders, skipped: " + String.join(", ", skipped) + ")");
        }
        out.flush();
        return 0;
    }
}
