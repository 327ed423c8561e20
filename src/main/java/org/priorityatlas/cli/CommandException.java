package org.priorityatlas.cli;

/** A failure caused by the user's input or environment, reported as one line with an exit code. */
public class CommandException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CommandException(String message) {
        this(message, 1);
    }

    public CommandException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
