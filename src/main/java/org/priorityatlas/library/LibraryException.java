package org.priorityatlas.library;

/** An operation on the library that could not be done; the message is one line, fit to show the user. */
public class LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }
}
