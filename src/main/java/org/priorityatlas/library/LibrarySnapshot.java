package org.priorityatlas.library;

import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The library as it stood when last read or changed.
 *
 * @param dataset the dataset of the user's documents only
 * @param notices one line each about anything repaired or moved aside while reading it
 */
public record LibrarySnapshot(Path root, List<LibraryEntry> entries, Dataset dataset, List<String> notices) {
    public LibrarySnapshot {
        entries = List.copyOf(entries);
        notices = List.copyOf(notices);
    }

    /** The texts of the user's documents, for the document viewer. */
    public DocumentStore documents() {
        return DocumentStore.directory(dataset, LibraryPaths.documents(root));
    }

    public Map<String, DocumentStats> stats() {
        return DocumentStats.of(dataset);
    }
}
