package org.priorityatlas.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.DocumentRejectedException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One-line reasons for I/O failures: no exception class names, no temporary files' paths. */
class IoReasonTest {

    @Test
    void theJdksFailuresReadAsReasons() {
        assertEquals("no such file", IoReason.reading(new NoSuchFileException("/home/a/doc.html")));
        assertEquals("files cannot be created there", IoReason.writing(new NoSuchFileException("/proc/.x.png.123.tmp")));
        assertEquals("permission denied", IoReason.writing(new AccessDeniedException("/etc/x.png")));
        assertEquals("not a directory", IoReason.writing(new FileSystemException("/etc/hostname/x", null, "Not a directory")));
        assertEquals("the disk is full", IoReason.writing(new IOException("No space left on device")));
    }

    @Test
    void aFolderGivenAsADocumentSaysSo(@TempDir Path dir) {
        DocumentRejectedException e = assertThrows(DocumentRejectedException.class, () -> DocumentReader.read(dir));
        assertEquals("cannot be read (is a directory)", e.getMessage());
        e = assertThrows(DocumentRejectedException.class, () -> DocumentReader.read(dir.resolve("missing.html")));
        assertEquals("cannot be read (no such file)", e.getMessage());
    }
}
