package org.priorityatlas.library;

import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library as the running app sees it: the bundled dataset, the user's latest snapshot and the two
 * merged. A library that cannot be read leaves the session on the bundled dataset with a notice, so the
 * app always starts. Blocking methods are for background threads; the getters are safe from any thread.
 */
public final class LibrarySession {
    private final Library library;
    private final Dataset bundled;
    private final Optional<String> startNotice;
    private volatile LibrarySnapshot snapshot;
    private volatile DocumentStore userTexts;

    private LibrarySession(Library library, Dataset bundled, LibrarySnapshot snapshot, Optional<String> startNotice) {
        this.library = library;
        this.bundled = bundled;
        this.startNotice = startNotice;
        update(snapshot);
    }

    /** Reads the library at its usual place (blocking). */
    public static LibrarySession open(Dataset bundled) {
        return open(LibraryPaths.defaultRoot(), bundled);
    }

    public static LibrarySession open(Path root, Dataset bundled) {
        Library library = new Library(root, bundled);
        try {
            LibrarySnapshot snapshot = library.load();
            Optional<String> notice = snapshot.notices().isEmpty() ? Optional.empty()
                    : Optional.of(String.join(" ", snapshot.notices()));
            return new LibrarySession(library, bundled, snapshot, notice);
        } catch (LibraryException | RuntimeException e) {
            LibrarySnapshot empty = new LibrarySnapshot(root, List.of(), withoutDocuments(bundled), List.of());
            return new LibrarySession(library, bundled, empty, Optional.of("Your documents could not be loaded ("
                    + e.getMessage() + "); the atlas shows the bundled documents only."));
        }
    }

    /** What went wrong or was repaired when the library was first read, for the app's notice line. */
    public Optional<String> startNotice() {
        return startNotice;
    }

    public Dataset bundled() {
        return bundled;
    }

    public LibrarySnapshot snapshot() {
        return snapshot;
    }

    /** Bundled and user documents together, as the atlas shows them. */
    public Dataset merged() {
        return DatasetMerger.merge(bundled, snapshot.dataset());
    }

    /** Figures for every document, bundled and the user's. */
    public Map<String, DocumentStats> stats() {
        return DocumentStats.of(merged());
    }

    /** The body of one of the user's documents. */
    public Optional<String> body(String documentId) {
        return userTexts.body(documentId);
    }

    /** Blocking: adds a document and makes it part of {@link #merged()}. */
    public Library.Added add(Path file, Overrides overrides) throws LibraryException {
        Library.Added added = library.add(file, overrides);
        update(added.snapshot());
        return added;
    }

    /** Blocking: removes one of the user's documents. */
    public void remove(String documentId) throws LibraryException {
        update(library.remove(documentId));
    }

    private void update(LibrarySnapshot next) {
        snapshot = next;
        userTexts = next.documents();
    }

    private static Dataset withoutDocuments(Dataset bundled) {
        return new Dataset(Dataset.SCHEMA_VERSION, List.of(), bundled.regions(), bundled.sectors(), List.of(), List.of());
    }
}
