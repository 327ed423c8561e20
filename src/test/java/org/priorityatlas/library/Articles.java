package org.priorityatlas.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small articles for library tests, written to files the way a user would have them. */
final class Articles {
    static final String WEST = """
            title: Xizang and Qinghai bet on clean energy
            outlet: Test Daily
            date: 2026-01-05
            source-desk: west

            Xizang will accelerate the development of hydrogen energy and photovoltaic power during the 15th Five-Year Plan period.

            Qinghai plans to build a national clean energy industry base, with new energy storage and green hydrogen projects.
            """;

    private Articles() {
    }

    /** A distinct article with claims: the number makes its text (and so its content hash) unique. */
    static String numbered(int n) {
        return "title: Provincial report " + n + "\noutlet: Test Wire\ndate: 2026-02-01\n\n"
                + "Report " + n + " of the series. Guangdong will accelerate artificial intelligence and semiconductors.\n\n"
                + "Xizang will develop hydrogen energy and photovoltaic power in the coming years.\n";
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
