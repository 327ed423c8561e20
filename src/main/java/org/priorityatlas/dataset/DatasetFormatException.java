package org.priorityatlas.dataset;

/** A dataset file that is not JSON or not shaped like a dataset; the message is one line. */
public class DatasetFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatasetFormatException(String message) {
        super(message);
    }
}
