package org.priorityatlas.library;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.priorityatlas.dataset.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * {@code library.json}: the user's documents with their metadata and when they were added. Entries are
 * sorted by id and printed the same way on every machine, so the file only changes when the library does.
 */
record LibraryIndex(int version, List<LibraryEntry> documents) {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    LibraryIndex {
        documents = documents.stream().sorted(Comparator.comparing(LibraryEntry::id)).toList();
    }

    /** A corrupt file is reported as one line; the caller moves it aside. */
    static LibraryIndex read(Path file) throws IOException, CorruptFileException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            LibraryIndex index = MAPPER.readValue(bytes, LibraryIndex.class);
            if (index == null || index.documents() == null) {
                throw new CorruptFileException("no document list");
            }
            if (index.documents().stream().anyMatch(e -> e == null)) {
                throw new CorruptFileException("an empty entry in the document list");
            }
            return index;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
            throw new CorruptFileException(message.lines().findFirst().orElse("unreadable JSON"));
        } catch (NullPointerException e) {
            throw new CorruptFileException("an entry is missing its id, file or sha256");
        }
    }

    void write(Path file) throws IOException {
        byte[] bytes = (WRITER.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
