package org.priorityatlas.export;

/**
 * An export that could not be made, with a one-line reason fit for a notice or the command line
 * ("the directory /x does not exist", "the disk is full").
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
