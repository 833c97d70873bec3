package org.sevasurge.cli.injector;

/**
 * What the injector benchmark runs: every phase offers {@code ratePerSecond} open submissions for
 * {@code warmupSeconds + seconds}, and is measured over the last {@code seconds}; {@code rounds} pairs of phases,
 * recording on and off, alternating which goes first so a drift of the machine falls on both. Immutable.
 *
 * @param ratePerSecond submissions/s offered
 * @param warmupSeconds seconds discarded at the start of each phase (JIT, connections)
 * @param seconds       seconds measured
 * @param rounds        pairs of phases
 */
record BenchmarkSettings(double ratePerSecond, int warmupSeconds, int seconds, int rounds) {

    /** @return how long each phase's plan lasts: warm-up, measured window and one second to spare */
    int holdSeconds() {
        return warmupSeconds + seconds + 1;
    }

    /** @return the phases in the order they run: round 1 on then off, round 2 off then on, ... */
    java.util.List<Phase> phases() {
        java.util.List<Phase> phases = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean onFirst = round % 2 == 1;
            phases.add(new Phase(round, onFirst));
            phases.add(new Phase(round, !onFirst));
        }
        return phases;
    }

    /**
     * One phase of a round. Immutable.
     *
     * @param round     the round, from 1
     * @param recording whether Seva Surge's recording is on
     */
    record Phase(int round, boolean recording) {
        /** @return the phase's folder name, e.g. {@code round1-recording-on} */
        String name() {
            return "round" + round + "-recording-" + (recording ? "on" : "off");
        }
    }
}
