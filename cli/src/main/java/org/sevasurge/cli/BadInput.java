package org.sevasurge.cli;

import org.sevasurge.capacity.BadInputException;
import org.sevasurge.simulations.calendar.CalendarException;

/** Which failures of a command are the user's input (exit 2, the message alone) rather than a failed run. */
final class BadInput {
    private BadInput() {}

    static boolean is(Throwable e) {
        return e instanceof BadInputException
                || e instanceof CalendarException
                || e instanceof IllegalArgumentException
                || e instanceof picocli.CommandLine.ParameterException;
    }
}
