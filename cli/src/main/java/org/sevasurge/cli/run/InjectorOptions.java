package org.sevasurge.cli.run;

import org.jspecify.annotations.Nullable;
import org.sevasurge.simulations.run.Defaults;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the Gatling injector JVM runs, shared by every load command (a picocli mixin). */
public final class InjectorOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Double cores;
    String heap = Defaults.INJECTOR_HEAP;
    String cpus;
    Double cpuLimit;

    @Option(
            names = "--injector-cores",
            paramLabel = "CORES",
            description = "the injector's share of the machine in cores (default: --injector-cpu-limit if given, else"
                    + " 1.0, as it shares 2 cores with the service); a window whose injector CPU exceeds 0.85 of it"
                    + " is saturated and invalidates the run")
    void cores(double value) {
        if (!(value > 0) || value > 1024) {
            throw bad("--injector-cores " + value + ": accepted values: a number of cores > 0, e.g. 1.0 or 0.5");
        }
        cores = value;
    }

    @Option(
            names = "--injector-heap",
            paramLabel = "SIZE",
            defaultValue = Defaults.INJECTOR_HEAP,
            description = "the injector JVM's -Xmx (default ${DEFAULT-VALUE})")
    void heap(String value) {
        if (!value.matches("[1-9][0-9]*[kKmMgG]")) {
            throw bad("--injector-heap '" + value + "': accepted values: a JVM heap size such as 1536m or 2g");
        }
        heap = value;
    }

    @Option(
            names = "--injector-cpus",
            paramLabel = "LIST",
            description = "pin the injector to these CPUs with taskset, e.g. 1 or 0-1 (default: not pinned)")
    void cpus(String value) {
        if (!value.matches("[0-9]+([-,][0-9]+)*")) {
            throw bad("--injector-cpus '" + value + "': accepted values: a CPU list for taskset, e.g. 1, 0-1 or 0,2");
        }
        cpus = value;
    }

    @Option(
            names = "--injector-cpu-limit",
            paramLabel = "CORES",
            description = "cap the injector's CPU at CORES with a cgroup (Linux, as root): what one injector is")
    void cpuLimit(double value) {
        if (!(value >= 0.01) || value > 1024) {
            throw bad("--injector-cpu-limit " + value + ": accepted values: a number of cores from 0.01, e.g. 0.5");
        }
        cpuLimit = value;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** @return the injector's core share for the saturation verdict */
    public double cores() {
        return cores != null ? cores : cpuLimit != null ? cpuLimit : Defaults.INJECTOR_CORES;
    }

    /** @return the hard CPU limit in cores, or null */
    public @Nullable Double cpuLimit() {
        return cpuLimit;
    }

    public String heap() {
        return heap;
    }

    /** @return the taskset CPU list, or null */
    public @Nullable String cpus() {
        return cpus;
    }
}
