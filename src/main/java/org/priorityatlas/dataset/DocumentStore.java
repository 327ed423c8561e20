package org.priorityatlas.dataset;

import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.extract.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of a dataset's documents, by document id, read the same way the builder read them, so
 * sentence offsets index them exactly. The UI gets document text here and never parses files itself.
 */
public final class DocumentStore {
    private final Map<String, String> files = new HashMap<>();
    private final Path directory;

    private DocumentStore(Dataset dataset, Path directory) {
        dataset.documents().forEach(d -> files.put(d.id(), d.file()));
        this.directory = directory;
    }

    /** The documents bundled with the application, on the class path under {@code /documents/}. */
    public static DocumentStore bundled(Dataset dataset) {
        return new DocumentStore(dataset, null);
    }

    /** The documents in a directory, as given to {@code build --documents DIR}. */
    public static DocumentStore directory(Dataset dataset, Path dir) {
        return new DocumentStore(dataset, dir);
    }

    /** The body of a document, or empty when its file is missing or unreadable. */
    public Optional<String> body(String documentId) {
        try {
            return document(documentId).map(SourceDocument::body);
        } catch (DocumentRejectedException e) {
            return Optional.empty();
        }
    }

    /** The full parsed document, for callers that need its header too. */
    public Optional<SourceDocument> document(String documentId) throws DocumentRejectedException {
        String file = files.get(documentId);
        if (file == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = directory != null ? readFile(directory.resolve(file)) : readResource(file);
            return bytes == null ? Optional.empty() : Optional.of(DocumentReader.parse(file, bytes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] readFile(Path path) throws IOException {
        return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
    }

    private static byte[] readResource(String file) throws IOException {
        try (InputStream in = DocumentStore.class.getResourceAsStream("/documents/" + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
