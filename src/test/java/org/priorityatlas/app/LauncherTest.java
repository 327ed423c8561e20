package org.priorityatlas.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the jar does with a user's mistake on the command line: one line and a non-zero exit. */
class LauncherTest {

    @Test
    void aMistypedCommandIsToldAsSuchInsteadOfOpeningTheWindow() {
        assertTrue(Cli.isCommand("exprot"), "a bare word goes to the command line");
        assertFalse(Cli.isCommand("--sector"), "options go to the window");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(List.of("exprot", "--sector", "ai"), new PrintStream(out), new PrintStream(err));
        assertEquals(2, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("priority-atlas: unknown command 'exprot'"), said);
        assertTrue(said.contains("export"), "the usage lists the commands");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStandardOutputAndSucceeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Cli.run(List.of("help"), new PrintStream(out), new PrintStream(new ByteArrayOutputStream())));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage:"));
    }

    /**
     * An export whose mistake is found while JavaFX starts (the period is checked then) used to exit while
     * the toolkit was half made, and JavaFX's shutdown hook printed a stack trace under the message in about
     * a third of runs. Three runs in their own JVMs: each must print the one line.
     */
    @Test
    void anExportMistakeFoundWhileJavaFxStartsPrintsOnlyItsLine(@TempDir Path dir) throws Exception {
        for (int run = 0; run < 3; run++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "export", "--period", "nope", "--out", dir.resolve("x.png").toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, child.exitValue(), err);
            assertEquals(List.of("priority-atlas export: unknown period 'nope'; known: all, 15th-fyp, 2025-work-report"),
                    err.lines().toList());
            assertFalse(Files.exists(dir.resolve("x.png")));
        }
    }
}
