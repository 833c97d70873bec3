package org.sevasurge.testbed;

import java.util.Locale;

/**
 * The fault operations a {@link Testbed} may offer, so a scenario can ask {@link Testbed#supports} before it starts
 * instead of failing half-way. Immutable.
 */
public enum TestbedOperation {
    /** {@link Testbed#killService()}: SIGKILL of the service, a crash with no shutdown hook. */
    KILL_SERVICE,
    /** {@link Testbed#restartService()}: the service started again on the same URL with the same data. */
    RESTART_SERVICE,
    /** {@link Testbed#stopDatabase()}: PostgreSQL shut down (fast shutdown), its data kept. */
    STOP_DATABASE,
    /** {@link Testbed#startDatabase()}: PostgreSQL started again on the same port with the same data. */
    START_DATABASE,
    /** {@link Testbed#fillDocumentsVolume()} and {@link Testbed#freeDocumentsVolume()}. */
    FILL_DOCUMENTS_VOLUME,
    /** {@link Testbed#fillDatabaseVolume(double)} and {@link Testbed#freeDatabaseVolume()}. */
    FILL_DATABASE_VOLUME;

    /** The method's name, for messages, e.g. {@code killService()}. */
    public String methodName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.append("()").toString();
    }
}
