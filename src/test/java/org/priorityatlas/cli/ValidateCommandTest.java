package org.priorityatlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"schemaVersion\": 1, \"documents\": [ | malformed JSON at line",
            "[1, 2] | not a dataset",
            "{\"schemaVersion\": 2, \"documents\": [], \"regions\": [], \"sectors\": [], \"sentences\": [], \"claims\": []} | schemaVersion is 2",
            "{\"schemaVersion\": 1, \"documents\": [], \"regions\": [], \"sectors\": [], \"sentences\": [], \"claims\": [{\"region\": \"CN-XX\", \"sector\": \"ai\", \"sentences\": [\"d#1\"], \"matched\": []}]} | cites unknown sentence d#1",
            "{\"schemaVersion\": 1, \"documents\": [], \"regions\": [], \"sectors\": [], \"sentences\": [{\"id\": \"d#0\", \"document\": \"d\", \"start\": 0, \"end\": 3, \"text\": \"abc\", \"kind\": \"body\"}], \"claims\": []} | refers to unknown document d",
    })
    void reportsOneLineProblemsWithoutStackTrace(String json, String expected) throws IOException {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, json);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(List.of("validate", file.toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(text.contains("problem: ") && text.contains(expected.strip()), text);
        assertFalse(text.contains("\tat "), text);
    }

    private int validate(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentsFolderThatIsNotThereIsAnErrorNotAPass() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = validate(out, err, "validate", "resources/atlas.json", "--documents", tmp.resolve("nowhere").toString());
        assertEquals(1, code);
        assertEquals("priority-atlas validate: not a directory: " + tmp.resolve("nowhere"), err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void documentsNotFoundAreNamedSoValidDoesNotVouchForTheirOffsets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = validate(out, err, "validate", "resources/atlas.json", "--documents", tmp.toString());
        assertEquals(0, code, "the dataset itself keeps the contract");
        String note = err.toString(StandardCharsets.UTF_8);
        assertTrue(note.startsWith("note: offsets not checked for 5 documents not found in " + tmp + ": 000_"), note);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("valid: "));

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        assertEquals(0, validate(new ByteArrayOutputStream(), quiet, "validate", "resources/atlas.json",
                "--documents", "resources/documents"));
        assertEquals("", quiet.toString(StandardCharsets.UTF_8), "every offset checked: nothing to note");
    }
}
