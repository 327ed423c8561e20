package org.priorityatlas.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the jar, e.g. {@code build} or {@code export}. */
public interface Command {
    /** The word that selects it on the command line. */
    String name();

    /** One line for the usage summary. */
    String summary();

    /**
     * Runs the command. A user's mistake is reported with {@link UsageException} or
     * {@link CommandException}, never a stack trace.
     *
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws CommandException;
}
