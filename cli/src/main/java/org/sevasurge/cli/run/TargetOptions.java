package org.sevasurge.cli.run;

import org.sevasurge.simulations.run.Defaults;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.nio.file.Path;

/** {@code --target} and {@code --runs}, shared by every load command (a picocli mixin). */
public final class TargetOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String target = Defaults.TARGET;

    @Option(names = "--runs", paramLabel = "DIR",
            description = "parent folder of run folders (default: runs/ at the project root)")
    Path runs;

    @Option(names = "--target", paramLabel = "URL|embedded", defaultValue = Defaults.TARGET,
            description = "embedded (default): start PostgreSQL, the mocks and the service on free loopback ports and"
                    + " stop them afterwards; or the base URL of a service already listening (checked with"
                    + " GET /health/ready first)")
    void target(String value) {
        if (!Defaults.TARGET.equals(value) && !value.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new ParameterException(spec.commandLine(), "--target '" + value + "': accepted values: "
                    + Defaults.TARGET + ", or an http:// or https:// base URL, e.g. http://127.0.0.1:8080");
        }
        target = value;
    }

    /** @return whether to start an embedded testbed */
    public boolean embedded() {
        return Defaults.TARGET.equals(target);
    }

    /** @return the external target's base URL (without a trailing slash) */
    public URI url() {
        return URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
    }

    /** @return the runs folder, absolute */
    public Path runsDir() {
        return (runs != null ? runs : Home.runs()).toAbsolutePath().normalize();
    }
}
