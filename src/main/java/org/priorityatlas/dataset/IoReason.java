package org.priorityatlas.dataset;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The short human reason an I/O operation failed, for one-line messages. The JDK's messages are often just
 * a path (for a write, the path of a temporary file the user never named) or an exception's class name.
 */
public final class IoReason {
    private IoReason() {
    }

    /** Why reading a file failed: "no such file", "permission denied", "is a directory" ... */
    public static String reading(Exception e) {
        return of(e, "no such file");
    }

    /** Why writing a file (or making its folder) failed: "files cannot be created there", "the disk is full" ... */
    public static String writing(Exception e) {
        return of(e, "files cannot be created there");
    }

    private static String of(Exception e, String missing) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return missing;
        }
        if (message.contains("No space left") || message.contains("Disk quota")) {
            return "the disk is full";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return lowerFirst(fs.getReason());
        }
        if (message.equals("Is a directory")) {
            return "is a directory";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : message;
    }

    /** The JDK's reasons are the C library's ("Not a directory"); a reason ends a sentence here. */
    private static String lowerFirst(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
