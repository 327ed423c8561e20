package org.priorityatlas.library;

/** A library file that exists but cannot be used; the message says why in one line. */
final class CorruptFileException extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptFileException(String reason) {
        super(reason);
    }
}
