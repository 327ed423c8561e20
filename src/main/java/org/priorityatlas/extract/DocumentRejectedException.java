package org.priorityatlas.extract;

/** A file that cannot be read as a document; the message is one line, fit for a warning. */
public class DocumentRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentRejectedException(String reason) {
        super(reason);
    }
}
