package org.priorityatlas.export;

import org.priorityatlas.dataset.AtomicFile;
import org.priorityatlas.dataset.IoReason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an export goes. The bytes are written with the project's {@link AtomicFile} (temporary file beside
 * the target, then renamed over it), so a failed export never leaves a partial file; this class adds the
 * checks and one-line reasons a user needs. Unlike a dataset build it never creates directories: a
 * mistyped directory is an error, not a new folder.
 */
final class TargetFile {
    private TargetFile() {
    }

    /** Fails early, before any rendering, when the target's directory cannot take the file. */
    static void check(Path target) throws ExportException {
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

    static void write(Path target, AtomicFile.Content content) throws ExportException {
        check(target);
        Path file = target.toAbsolutePath().normalize();
        try {
            AtomicFile.write(file, content);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("could not write " + file + ": " + IoReason.writing(e), e);
        }
    }
}
