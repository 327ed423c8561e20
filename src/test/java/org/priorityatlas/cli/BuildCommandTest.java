package org.priorityatlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.AtomicFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCommandTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path corpusWithBadFiles() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("good.txt"), "title: Good\n\nGuangdong will develop AI.\n");
        Files.write(docs.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.write(docs.resolve("latin1.txt"), "Zhejiang caf\u00e9 chips".getBytes(StandardCharsets.ISO_8859_1));
        try (OutputStream o = Files.newOutputStream(docs.resolve("huge.txt"))) {
            byte[] line = "Hubei will develop chips and drones. ".repeat(30).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 20L * 1024 * 1024; written += line.length) {
                o.write(line);
            }
        }
        return docs;
    }

    @Test
    void skipsBadDocumentsWithNamedWarningsAndBuildsTheRest() throws IOException {
        Path docs = corpusWithBadFiles();
        Path target = tmp.resolve("out.json");
        assertEquals(0, run("build", "--documents", docs.toString(), "--out", target.toString()));
        String warnings = err.toString(StandardCharsets.UTF_8);
        for (String bad : List.of("binary.txt: binary", "empty.txt: empty", "latin1.txt: not valid UTF-8", "huge.txt: too large")) {
            assertTrue(warnings.contains("warning: " + bad), warnings);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("built 1 documents"));
        assertEquals(0, run("validate", target.toString(), "--documents", docs.toString()), err.toString());
    }

    @Test
    void strictFailsOnAnyWarning() throws IOException {
        Path docs = corpusWithBadFiles();
        assertEquals(1, run("build", "--documents", docs.toString(), "--out", tmp.resolve("s.json").toString(), "--strict"));
    }

    @Test
    void failedWriteLeavesPreviousFileAndNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("atlas.json");
        Files.writeString(target, "previous");
        assertThrows(IOException.class, () -> AtomicFile.write(target, o -> {
            o.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("previous", Files.readString(target));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void missingOptionIsAUsageError() {
        assertEquals(2, run("build", "--out", "x.json"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
    }

    @Test
    void aTargetWhereNoFileCanBeMadeIsNamedNotItsTemporaryFile() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("good.txt"), "title: Good\n\nGuangdong will develop AI.\n");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "Linux /proc");
        assertEquals(1, run("build", "--documents", docs.toString(), "--out", "/proc/atlas.json"));
        assertEquals("priority-atlas build: could not write /proc/atlas.json: files cannot be created there",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
