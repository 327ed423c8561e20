package org.priorityatlas.cli;

/** A malformed command line: exit code 2. */
public class UsageException extends CommandException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, 2);
    }
}
