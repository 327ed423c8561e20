package org.priorityatlas.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code export} run in-process through the real dispatcher: success writes one file; every mistake is
 * one line on stderr, a non-zero exit and nothing left in the directory.
 */
class ExportCommandTest {
    @TempDir
    Path dir;
    private String err;
    private String out;

    @BeforeAll
    static void toolkit() throws Exception {
        FigureFixture.start(); // the command then finds the toolkit running and leaves it running
    }

    @Test
    void writesAPngWithFormatFromTheExtension() throws Exception {
        Path file = dir.resolve("chips.png");
        assertEquals(0, run("--sector", "semiconductors", "--width", "800", "--height", "450", "--out", file.toString()));
        assertTrue(out.contains("wrote"), out);
        assertEquals(List.of(file), files());
        assertTrue(Files.size(file) > 10_000);
    }

    @Test
    void writesAnSvgOverviewWithChineseLabels() throws Exception {
        Path file = dir.resolve("overview.svg");
        assertEquals(0, run("--labels", "zh", "--region", "CN-GD", "--out", file.toString()));
        String svg = Files.readString(file);
        assertTrue(svg.contains("广东"), "Chinese labels");
        assertTrue(svg.startsWith("<?xml"));
    }

    @Test
    void missingDirectoryFails() {
        fails(1, "does not exist", "--out", dir.resolve("nowhere/x.png").toString());
    }

    @Test
    void parentThatIsAFileFails() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertEquals(1, run("--out", file.resolve("x.png").toString()));
        assertTrue(err.contains("is not a directory"), err);
        assertEquals(List.of(file), files());
    }

    @Test
    void unwritableDirectoryFailsWithoutAPartialFile() {
        Path proc = Path.of("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "Linux /proc");
        assertEquals(1, run("--width", "320", "--height", "320", "--out", "/proc/priority-atlas-test.png"));
        assertEquals("priority-atlas export: could not write /proc/priority-atlas-test.png: files cannot be created there",
                err.strip());
        assertTrue(!Files.exists(proc.resolve("priority-atlas-test.png")));
    }

    @Test
    void badOptionsFailWithUsageErrors() {
        fails(2, "unknown option --colour", "--colour", "red", "--out", dir.resolve("x.png").toString());
        fails(2, "unknown sector 'chips'", "--sector", "chips", "--out", dir.resolve("x.png").toString());
        fails(2, "unknown region", "--region", "CN-XX", "--out", dir.resolve("x.png").toString());
        fails(2, "unknown period", "--period", "1999", "--out", dir.resolve("x.png").toString());
        fails(2, "--out is required");
        fails(2, "cannot tell the format", "--out", dir.resolve("x.jpg").toString());
        fails(2, "--labels must be", "--labels", "fr", "--out", dir.resolve("x.png").toString());
    }

    @Test
    void badSizesFail() {
        fails(2, "out of range", "--width", "100", "--height", "100", "--out", dir.resolve("x.png").toString());
        fails(2, "out of range", "--width", "9000", "--height", "900", "--out", dir.resolve("x.png").toString());
        fails(2, "must be a whole number", "--width", "wide", "--out", dir.resolve("x.png").toString());
    }

    private void fails(int code, String message, String... args) {
        assertEquals(code, run(args), err);
        assertTrue(err.startsWith("priority-atlas export: ") && err.contains(message), err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertEquals(List.of(), files());
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(all, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private List<Path> files() {
        try (var list = Files.list(dir)) {
            return list.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
