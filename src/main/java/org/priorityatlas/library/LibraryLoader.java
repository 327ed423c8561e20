package org.priorityatlas.library;

import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetFormatException;
import org.priorityatlas.dataset.DatasetReader;
import org.priorityatlas.dataset.DatasetValidator;
import org.priorityatlas.dataset.DatasetWriter;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.DocumentStore;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.extract.DatasetBuilder;
import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.extract.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the library and repairs it, under the library lock. The document copies are the truth: every
 * change writes (or deletes) the copy first, then the user dataset, then the index, so after a kill at any
 * moment the index may lack a copy (adopted here) or list a missing one (dropped here), and the dataset
 * may be stale (rebuilt here). A file that cannot be read is moved aside, never deleted.
 */
final class LibraryLoader {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Supplier<DatasetBuilder> builder;
    private final List<String> notices = new ArrayList<>();
    private boolean indexChanged;
    private boolean datasetRebuilt;

    LibraryLoader(Path root, Supplier<DatasetBuilder> builder) {
        this.root = root;
        this.builder = builder;
    }

    /**
     * Deletes temporary files that a killed write left behind ({@code .NAME.*.tmp}, see AtomicFile). Only
     * called under the lock, when no write of ours can be in progress, so every such file is stale.
     */
    void removeStaleTemporaries() throws IOException {
        for (Path dir : List.of(root, LibraryPaths.documents(root))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(dir)) {
                for (Path p : listing.filter(LibraryLoader::isTemporary).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p);
    }

    /** The documents as their copies say, by id. */
    Map<String, SourceDocument> readCopies() throws IOException {
        Map<String, SourceDocument> documents = new TreeMap<>();
        Path dir = LibraryPaths.documents(root);
        if (!Files.isDirectory(dir)) {
            return documents;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> DocumentCopy.isCopyName(p.getFileName().toString())).sorted().toList();
        }
        for (Path file : files) {
            try {
                SourceDocument doc = DocumentReader.read(file);
                documents.put(doc.id(), doc);
            } catch (DocumentRejectedException e) {
                Path aside = moveAside(file);
                notices.add("The library copy " + file.getFileName() + " could not be read (" + e.getMessage()
                        + "); it was moved to " + aside.getFileName() + ".");
            }
        }
        return documents;
    }

    /** The index, made to list exactly the documents there are. */
    List<LibraryEntry> readIndex(Map<String, SourceDocument> documents) throws IOException {
        Path file = LibraryPaths.index(root);
        List<LibraryEntry> listed = List.of();
        if (Files.exists(file)) {
            try {
                listed = LibraryIndex.read(file).documents();
            } catch (CorruptFileException e) {
                Path aside = moveAside(file);
                notices.add("library.json could not be read (" + e.getMessage() + "); it was moved to "
                        + aside.getFileName() + " and the library was rebuilt from its " + documents.size()
                        + " document copies.");
            }
        }
        Map<String, LibraryEntry> byId = listed.stream()
                .collect(Collectors.toMap(LibraryEntry::id, e -> e, (a, b) -> a, TreeMap::new));
        List<LibraryEntry> entries = new ArrayList<>();
        for (SourceDocument doc : documents.values()) {
            LibraryEntry old = byId.get(doc.id());
            LibraryEntry fresh = LibraryEntry.of(doc, old != null ? old.added() : addedTime(doc));
            entries.add(old != null && old.equals(fresh) ? old : fresh);
        }
        indexChanged = Files.exists(file) ? !entries.equals(listed) : !entries.isEmpty();
        return entries;
    }

    /** The user dataset, rebuilt when it is missing, unreadable or does not match the copies. */
    Dataset readDataset(Map<String, SourceDocument> documents) throws IOException {
        Path file = LibraryPaths.dataset(root);
        if (Files.exists(file)) {
            try {
                Dataset dataset = DatasetReader.read(file);
                if (!matches(dataset, documents)) {
                    return rebuild(documents);
                }
                Optional<String> problem = problem(dataset);
                if (problem.isEmpty()) {
                    return dataset;
                }
                throw new DatasetFormatException(problem.get());
            } catch (DatasetFormatException e) {
                Path aside = moveAside(file);
                notices.add("user-dataset.json could not be read (" + e.getMessage() + "); it was moved to "
                        + aside.getFileName() + " and rebuilt from the library's documents.");
            }
        } else if (documents.isEmpty()) {
            return build(documents);
        }
        return rebuild(documents);
    }

    private Dataset rebuild(Map<String, SourceDocument> documents) {
        datasetRebuilt = true;
        return build(documents);
    }

    Dataset build(Map<String, SourceDocument> documents) {
        return builder.get().build(List.copyOf(documents.values()));
    }

    /** True when what was read had to be repaired and should be written back. */
    boolean changed() {
        return indexChanged || datasetRebuilt;
    }

    Path root() {
        return root;
    }

    List<String> notices() {
        return List.copyOf(notices);
    }

    private Optional<String> problem(Dataset dataset) {
        DocumentStore store = DocumentStore.directory(dataset, LibraryPaths.documents(root));
        return new DatasetValidator(Taxonomy.load()).validate(dataset, store::body).stream().findFirst();
    }

    /** Same documents, same file contents: otherwise an add or remove was cut short before the dataset. */
    private static boolean matches(Dataset dataset, Map<String, SourceDocument> documents) {
        Map<String, String> built = dataset.documents().stream()
                .collect(Collectors.toMap(DocumentInfo::id, DocumentInfo::sha256, (a, b) -> a));
        Map<String, String> present = documents.values().stream()
                .collect(Collectors.toMap(SourceDocument::id, SourceDocument::sha256));
        return built.equals(present);
    }

    private String addedTime(SourceDocument doc) throws IOException {
        Path copy = LibraryPaths.documents(root).resolve(doc.file());
        return Files.getLastModifiedTime(copy).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Renames a bad file to {@code NAME.corrupt-YYYYMMDD-HHMMSS}, keeping its bytes for the user. */
    private static Path moveAside(Path file) throws IOException {
        String base = file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP);
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        return Files.move(file, target);
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static void write(Path root, Dataset dataset, List<LibraryEntry> entries) throws IOException {
        DatasetWriter.write(dataset, LibraryPaths.dataset(root));
        new LibraryIndex(LibraryIndex.VERSION, entries).write(LibraryPaths.index(root));
    }
}
