package org.priorityatlas.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetReader;
import org.priorityatlas.dataset.DocumentStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding, refusing and removing documents, and what ends up on disk. */
class LibraryTest {
    static final Dataset BUNDLED = BundledDataset.load();

    @TempDir
    Path tmp;

    private Library library() {
        return new Library(tmp.resolve("lib"), BUNDLED);
    }

    @Test
    void addedDocumentIsCopiedWithItsHeaderIndexedAndBuilt() throws Exception {
        Path file = Articles.write(tmp, "west.txt", Articles.WEST);
        Library.Added added = library().add(file, new Overrides(null, null, null, "15th-fyp"));
        String id = added.entry().id();
        assertTrue(id.startsWith("user-xizang-and-qinghai"), id);
        assertTrue(added.stats().claims() > 0, "claims");
        assertEquals(List.of("unknown header key 'source-desk' (kept)"), added.warnings());
        Path copy = tmp.resolve("lib/documents").resolve(added.entry().file());
        String stored = Files.readString(copy);
        assertTrue(stored.startsWith("title: Xizang and Qinghai bet on clean energy\noutlet: Test Daily\n"
                + "date: 2026-01-05\nperiod: 15th-fyp\nlanguage: en\nsource-desk: west\n\nXizang will"), stored);
        assertTrue(Files.readString(tmp.resolve("lib/library.json")).contains("\"id\" : \"" + id + "\""));
        Dataset user = DatasetReader.read(tmp.resolve("lib/user-dataset.json"));
        assertEquals(List.of(id), user.documents().stream().map(d -> d.id()).toList());
        assertTrue(user.claims().stream().anyMatch(c -> c.region().equals("CN-XZ")), "a Xizang claim");
        // The viewer finds the text, and offsets index it.
        var sentence = user.sentences().get(0);
        String body = DocumentStore.directory(user, tmp.resolve("lib/documents")).body(id).orElseThrow();
        assertEquals(sentence.text(), body.substring(sentence.start(), sentence.end()));
    }

    @Test
    void removeTakesTheDocumentOutAndUnknownIdsAreRefused() throws Exception {
        Library library = library();
        String id = library.add(Articles.write(tmp, "west.txt", Articles.WEST), Overrides.NONE).entry().id();
        LibrarySnapshot after = library.remove(id);
        assertTrue(after.entries().isEmpty());
        assertTrue(after.dataset().documents().isEmpty());
        try (Stream<Path> files = Files.list(tmp.resolve("lib/documents"))) {
            assertEquals(0, files.count());
        }
        LibraryException unknown = assertThrows(LibraryException.class, () -> library.remove(id));
        assertTrue(unknown.getMessage().startsWith("no document " + id), unknown.getMessage());
        String bundledId = BUNDLED.documents().get(0).id();
        assertTrue(assertThrows(LibraryException.class, () -> library.remove(bundledId)).getMessage()
                .contains("bundled document"));
    }

    @Test
    void theSameTextTwiceIsRefusedAndAddsNothing() throws Exception {
        Library library = library();
        String id = library.add(Articles.write(tmp, "a.txt", Articles.WEST), Overrides.NONE).entry().id();
        byte[] before = Files.readAllBytes(tmp.resolve("lib/library.json"));
        // Same body, other line endings and another header: still the same document.
        String crlf = Articles.WEST.replace("outlet: Test Daily", "outlet: Other").replace("\n", "\r\n");
        LibraryException e = assertThrows(LibraryException.class,
                () -> library.add(Articles.write(tmp, "b.txt", crlf), Overrides.NONE));
        assertEquals("cannot add b.txt: already in the library as " + id
                + " (\"Xizang and Qinghai bet on clean energy\")", e.getMessage());
        assertTrue(Arrays.equals(before, Files.readAllBytes(tmp.resolve("lib/library.json"))));
    }

    @Test
    void aBundledArticleIsRefused() throws Exception {
        String bundledId = BUNDLED.documents().get(1).id();
        String body = DocumentStore.bundled(BUNDLED).body(bundledId).orElseThrow();
        LibraryException e = assertThrows(LibraryException.class,
                () -> library().add(Articles.write(tmp, "seed.txt", body), Overrides.NONE));
        assertTrue(e.getMessage().startsWith("cannot add seed.txt: already in the bundled documents as " + bundledId),
                e.getMessage());
    }

    @Test
    void filesThatAreNotDocumentsAreRefusedWithOneLine() throws Exception {
        Library library = library();
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        List<Path> bad = List.of(
                Articles.write(tmp, "empty.txt", " \n\n"),
                Articles.write(tmp, "binary.txt", new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2}),
                Articles.write(tmp, "latin1.txt", "Zh\u00e8jiang".getBytes(StandardCharsets.ISO_8859_1)),
                Articles.write(tmp, "big.txt", big),
                tmp.resolve("missing.txt"));
        List<String> reasons = List.of("empty", "binary content", "not valid UTF-8", "too large", "cannot be read");
        for (int i = 0; i < bad.size(); i++) {
            Path file = bad.get(i);
            LibraryException e = assertThrows(LibraryException.class, () -> library.add(file, Overrides.NONE));
            assertTrue(e.getMessage().startsWith("cannot add " + file.getFileName() + ": " + reasons.get(i)),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertThrows(LibraryException.class, () -> library.add(Articles.write(tmp, "d.txt", Articles.WEST),
                new Overrides(null, null, "5 January", null)));
        assertTrue(library.load().entries().isEmpty());
        assertFalse(Files.exists(tmp.resolve("lib/documents")));
    }

    @Test
    void overridesReplaceTheDocumentsOwnValues() throws Exception {
        Library.Added added = library().add(Articles.write(tmp, "w.txt", Articles.WEST),
                new Overrides("Clean energy in the west", "Plateau Post", "2026-01", ""));
        assertEquals("Clean energy in the west", added.entry().title());
        assertEquals("Plateau Post", added.entry().outlet());
        assertEquals("2026-01", added.entry().date());
        var info = added.snapshot().dataset().documents().get(0);
        assertEquals("Plateau Post", info.outlet());
        assertTrue(added.entry().id().startsWith("user-clean-energy-in-the-west-"));
    }

    @Test
    void twoLibrariesAddingAtOnceKeepEveryDocument() throws Exception {
        Path root = tmp.resolve("lib");
        Library first = new Library(root, BUNDLED);
        Library second = new Library(root, BUNDLED);
        List<Path> files = java.util.stream.IntStream.range(0, 6)
                .mapToObj(n -> Articles.write(tmp, "n" + n + ".txt", Articles.numbered(n))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var results = pool.invokeAll(java.util.stream.IntStream.range(0, 6).mapToObj(n ->
                    (java.util.concurrent.Callable<String>) () -> (n % 2 == 0 ? first : second)
                            .add(files.get(n), Overrides.NONE).entry().id()).toList());
            for (var r : results) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        LibrarySnapshot snapshot = new Library(root, BUNDLED).load();
        assertEquals(6, snapshot.entries().size());
        assertEquals(6, snapshot.dataset().documents().size());
        assertEquals(6, LibraryIndex.read(root.resolve("library.json")).documents().size());
        assertTrue(snapshot.notices().isEmpty(), snapshot.notices().toString());
    }

    @Test
    void theUserDatasetIsTheSameBytesForTheSameDocuments() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        for (int n : new int[]{3, 1, 2}) {
            new Library(a, BUNDLED).add(Articles.write(tmp, "a" + n + ".txt", Articles.numbered(n)), Overrides.NONE);
        }
        for (int n : new int[]{2, 3, 1}) {
            new Library(b, BUNDLED).add(Articles.write(tmp, "b" + n + ".txt", Articles.numbered(n)), Overrides.NONE);
        }
        assertTrue(Arrays.equals(Files.readAllBytes(a.resolve("user-dataset.json")),
                Files.readAllBytes(b.resolve("user-dataset.json"))));
        assertEquals(Files.readString(a.resolve("library.json")).replaceAll("\"added\" : \"[^\"]*\"", ""),
                Files.readString(b.resolve("library.json")).replaceAll("\"added\" : \"[^\"]*\"", ""));
    }
}
