package org.priorityatlas.library;

import org.priorityatlas.dataset.AtomicFile;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.DocumentStore;
import org.priorityatlas.dataset.IoReason;
import org.priorityatlas.extract.DatasetBuilder;
import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.extract.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's own documents. Every operation takes the library lock and reads the library afresh under
 * it, so two instances (app and command line, or two windows) never overwrite each other's changes.
 * Writes go copy → user dataset → index, each atomic; {@link LibraryLoader} repairs whatever a kill
 * between them leaves. Thread-safe; every method blocks, so callers in the UI run them in the background.
 */
public final class Library {
    private final Path root;
    private final Dataset bundled;
    private DatasetBuilder builder;
    private Map<String, DocumentInfo> bundledByBodyHash;

    public Library(Path root, Dataset bundled) {
        this.root = root;
        this.bundled = bundled;
    }

    /** Reads the library, repairing what an interrupted change or a damaged file left behind. */
    public LibrarySnapshot load() throws LibraryException {
        try (LibraryLock lock = LibraryLock.acquire(root)) {
            return loadLocked().snapshot();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Adds a copy of a document and rebuilds the user dataset. Refuses, adding nothing, a file that is
     * not a readable text document or whose text is already in the library or among the bundled documents.
     */
    public Added add(Path file, Overrides overrides) throws LibraryException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<String> problem = overrides.problem();
        if (problem.isPresent()) {
            throw new LibraryException("cannot add " + name + ": " + problem.get());
        }
        DocumentCopy copy;
        try {
            copy = DocumentCopy.of(DocumentReader.read(file), overrides);
        } catch (DocumentRejectedException e) {
            throw new LibraryException("cannot add " + name + ": " + e.getMessage());
        }
        try (LibraryLock lock = LibraryLock.acquire(root)) {
            State state = loadLocked();
            refuseDuplicate(name, copy, state);
            Map<String, SourceDocument> documents = new TreeMap<>(state.documents);
            documents.put(copy.document().id(), copy.document());
            Dataset dataset = build(state.loader, documents);
            List<LibraryEntry> entries = new ArrayList<>(state.entries);
            LibraryEntry entry = LibraryEntry.of(copy.document(), LibraryLoader.now());
            entries.add(entry);
            Files.createDirectories(LibraryPaths.documents(root));
            AtomicFile.write(LibraryPaths.documents(root).resolve(copy.fileName()),
                    out -> out.write(copy.bytes()));
            LibraryLoader.write(root, dataset, entries);
            LibrarySnapshot snapshot = new LibrarySnapshot(root, entries, dataset, state.loader.notices());
            DocumentStats stats = snapshot.stats().getOrDefault(entry.id(), DocumentStats.NONE);
            return new Added(entry, stats, copy.document().warnings(), snapshot);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Removes a user document; bundled documents are part of the application and stay. */
    public LibrarySnapshot remove(String id) throws LibraryException {
        if (bundled.documents().stream().anyMatch(d -> d.id().equals(id))) {
            throw new LibraryException(id + " is a bundled document and cannot be removed");
        }
        try (LibraryLock lock = LibraryLock.acquire(root)) {
            State state = loadLocked();
            SourceDocument doc = state.documents.get(id);
            if (doc == null) {
                throw new LibraryException("no document " + id + " in the library (the list command shows the ids)");
            }
            Map<String, SourceDocument> documents = new TreeMap<>(state.documents);
            documents.remove(id);
            Dataset dataset = build(state.loader, documents);
            List<LibraryEntry> entries = state.entries.stream().filter(e -> !e.id().equals(id)).toList();
            // The copy goes first: a kill after this leaves an index entry without a file, which loading drops.
            Files.delete(LibraryPaths.documents(root).resolve(doc.file()));
            LibraryLoader.write(root, dataset, entries);
            return new LibrarySnapshot(root, entries, dataset, state.loader.notices());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** What an add did. */
    public record Added(LibraryEntry entry, DocumentStats stats, List<String> warnings, LibrarySnapshot snapshot) {
    }

    private record State(LibraryLoader loader, Map<String, SourceDocument> documents, List<LibraryEntry> entries,
                         Dataset dataset) {
        LibrarySnapshot snapshot() {
            return new LibrarySnapshot(loader.root(), entries, dataset, loader.notices());
        }
    }

    private State loadLocked() throws IOException, LibraryException {
        LibraryLoader loader = new LibraryLoader(root, this::builder);
        loader.removeStaleTemporaries();
        Map<String, SourceDocument> documents = loader.readCopies();
        List<LibraryEntry> entries = loader.readIndex(documents);
        Dataset dataset = loader.readDataset(documents);
        // Nothing is written while the library is intact, so reading never changes a healthy library.
        if (loader.changed()) {
            LibraryLoader.write(root, dataset, entries);
        }
        return new State(loader, documents, entries, dataset);
    }

    private void refuseDuplicate(String name, DocumentCopy copy, State state) throws LibraryException {
        for (LibraryEntry e : state.entries) {
            if (e.sha256().equals(copy.bodySha256())) {
                throw new LibraryException("cannot add " + name + ": already in the library as " + e.id()
                        + " (\"" + e.title() + "\")");
            }
        }
        DocumentInfo same = bundledByBodyHash().get(copy.bodySha256());
        if (same != null) {
            throw new LibraryException("cannot add " + name + ": already in the bundled documents as " + same.id()
                    + " (\"" + same.shortTitle() + "\")");
        }
    }

    private Dataset build(LibraryLoader loader, Map<String, SourceDocument> documents) throws LibraryException {
        try {
            return loader.build(documents);
        } catch (RuntimeException e) {
            // An extractor defect must not take the library down with it; the user sees one line.
            throw new LibraryException("the documents could not be analysed (" + e + ")");
        }
    }

    private synchronized DatasetBuilder builder() {
        if (builder == null) {
            builder = new DatasetBuilder();
        }
        return builder;
    }

    private synchronized Map<String, DocumentInfo> bundledByBodyHash() {
        if (bundledByBodyHash == null) {
            DocumentStore store = DocumentStore.bundled(bundled);
            bundledByBodyHash = new HashMap<>();
            for (DocumentInfo d : bundled.documents()) {
                Optional<String> body = store.body(d.id());
                body.ifPresent(b -> bundledByBodyHash.put(DocumentCopy.bodySha256(b), d));
            }
        }
        return bundledByBodyHash;
    }

    private LibraryException failure(IOException e) {
        return new LibraryException("the library at " + root + " cannot be used (" + IoReason.writing(e) + ")");
    }
}
