package org.priorityatlas.library;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The add, remove, list and show commands, run in-process as the jar would run them. */
class LibraryCommandsTest {
    @TempDir
    Path tmp;
    private String previous;
    private String out;
    private String err;

    @BeforeEach
    void useTemporaryLibrary() {
        previous = System.getProperty("priorityatlas.library");
        System.setProperty("priorityatlas.library", tmp.resolve("lib").toString());
    }

    @AfterEach
    void restore() {
        System.setProperty("priorityatlas.library", previous == null ? "" : previous);
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void addListShowRemove() {
        Path file = Articles.write(tmp, "west.txt", Articles.WEST);
        assertEquals(0, run("add", file.toString(), "--outlet", "Plateau Post", "--period", "15th-fyp"), err);
        assertTrue(out.matches("added user-xizang-and-qinghai-bet-on-clean-[0-9a-f]{10} "
                + "\"Xizang and Qinghai bet on clean energy\" \\(\\d+ sentences, \\d+ claims\\)\\n"), out);
        assertEquals("warning: unknown header key 'source-desk' (kept)\n", err);
        String id = out.split(" ")[1];

        assertEquals(0, run("list"));
        assertTrue(out.lines().anyMatch(l -> l.startsWith("bundled ")), out);
        // One bundled article yields a single claim: counted in the singular.
        assertTrue(out.lines().anyMatch(l -> l.contains(" 1 claim  \"")), out);
        assertFalse(out.contains(" 1 claims"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("user ") && l.contains(id) && l.contains("(Plateau Post, 2026-01-05)")), out);

        assertEquals(0, run("show", "tibet"));
        assertTrue(out.startsWith("Xizang (Tibet) 西藏自治区 (CN-XZ): "), out);
        assertTrue(out.contains("\"Xizang will accelerate the development of hydrogen energy and photovoltaic power"), out);
        assertTrue(out.contains("(Plateau Post, 2026-01-05, Xizang and Qinghai bet on clean energy, your document)"), out);
        assertEquals(0, run("show", "CN-GD"));
        assertTrue(out.startsWith("Guangdong 广东省 (CN-GD): "), out);
        assertEquals(0, run("show", "ai"));
        assertTrue(out.startsWith("Artificial intelligence"), out);
        // Part of a Chinese sector name finds the sector, as the window's search does.
        assertEquals(0, run("show", "半导体"));
        assertTrue(out.startsWith("Semiconductors & integrated circuits 半导体与集成电路 (semiconductors): prioritised by "), out);
        // One sentence from one document reads in the singular.
        assertTrue(out.contains(": 1 sentence from 1 document\n"), out);
        assertFalse(out.contains("1 sentences") || out.contains("1 documents"), out);

        assertEquals(0, run("remove", id));
        assertEquals("removed " + id + " (0 documents left in your library)\n", out);
        assertEquals(0, run("list"));
        assertFalse(out.contains(id));
    }

    @Test
    void mistakesAreOneLineOnStderrWithANonZeroExit() {
        Path file = Articles.write(tmp, "west.txt", Articles.WEST);
        assertEquals(0, run("add", file.toString()));
        assertOneLineFailure(1, "add: cannot add west.txt: already in the library as user-", "add", file.toString());
        assertOneLineFailure(1, "add: cannot add nothing.txt: cannot be read", "add", tmp.resolve("nothing.txt").toString());
        assertOneLineFailure(1, "add: cannot add west.txt: the date must be", "add", file.toString(), "--date", "soon");
        assertOneLineFailure(2, "add: expected one document file", "add");
        assertOneLineFailure(2, "add: unknown option --colour", "add", file.toString(), "--colour", "red");
        assertOneLineFailure(1, "remove: no document user-nope in the library", "remove", "user-nope");
        assertOneLineFailure(1, "show: no region or sector called 'atlantis'", "show", "atlantis");
        assertOneLineFailure(2, "show: expected a region or sector", "show");
    }

    private void assertOneLineFailure(int code, String start, String... args) {
        assertEquals(code, run(args), out + err);
        assertTrue(err.startsWith("priority-atlas " + start), err);
        assertEquals(1, err.lines().count(), err);
        assertEquals("", out);
    }
}
