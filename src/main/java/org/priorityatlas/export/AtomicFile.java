package org.priorityatlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the whole new one, never a partial export:
 * the bytes go to a hidden temporary file beside the target, which is then renamed over it. On any
 * failure the temporary file is deleted.
 */
final class AtomicFile {
    /** Produces the file's bytes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Fails early, before any rendering, when the target's directory cannot take a file. */
    static void checkTarget(Path target) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.exists(dir)) {
            throw new ExportException("the directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new ExportException(dir + " is not a directory");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(file + " is a directory; give a file name");
        }
    }

    static void write(Path target, Content content) throws ExportException {
        checkTarget(target);
        Path file = target.toAbsolutePath().normalize();
        Path temp;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new ExportException("cannot write in " + file.getParent() + ": " + reason(e), e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            move(temp, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed; that is the error worth reporting.
            }
            throw new ExportException("could not write " + file + ": " + reason(e), e);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The short human reason for an I/O failure; the JDK's messages are often just a path. */
    static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (message.contains("No space left") || message.contains("Disk quota")) {
            return "the disk is full";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : message;
    }
}
