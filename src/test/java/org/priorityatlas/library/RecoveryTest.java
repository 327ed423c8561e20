package org.priorityatlas.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.DatasetReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged or half-written library is repaired from its document copies, and nothing is deleted. */
class RecoveryTest {
    @TempDir
    Path tmp;

    private Path root() {
        return tmp.resolve("lib");
    }

    private List<String> addTwo() throws Exception {
        Library library = new Library(root(), LibraryTest.BUNDLED);
        return List.of(library.add(Articles.write(tmp, "1.txt", Articles.numbered(1)), Overrides.NONE).entry().id(),
                library.add(Articles.write(tmp, "2.txt", Articles.numbered(2)), Overrides.NONE).entry().id());
    }

    private Path movedAside(String name) throws Exception {
        try (Stream<Path> files = Files.list(root())) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".corrupt-")).findFirst().orElseThrow();
        }
    }

    @Test
    void aCorruptIndexIsMovedAsideAndTheDocumentsRecovered() throws Exception {
        List<String> ids = addTwo();
        Files.writeString(root().resolve("library.json"), "{\"version\": 1, \"documents\": [ {\"id\": ");
        LibrarySession session = LibrarySession.open(root(), LibraryTest.BUNDLED);
        String notice = session.startNotice().orElseThrow();
        Path aside = movedAside("library.json");
        assertTrue(notice.startsWith("library.json could not be read ("), notice);
        assertTrue(notice.contains("moved to " + aside.getFileName() + " and the library was rebuilt from its 2"), notice);
        assertTrue(aside.getFileName().toString().matches("library\\.json\\.corrupt-\\d{8}-\\d{6}"));
        assertEquals("{\"version\": 1, \"documents\": [ {\"id\": ", Files.readString(aside));
        assertEquals(ids, session.snapshot().entries().stream().map(LibraryEntry::id).toList());
        assertEquals(2, LibraryIndex.read(root().resolve("library.json")).documents().size());
        assertTrue(session.merged().documents().size() == LibraryTest.BUNDLED.documents().size() + 2);
        // Read again: healthy now, so no notice.
        assertTrue(new Library(root(), LibraryTest.BUNDLED).load().notices().isEmpty());
    }

    @Test
    void aCorruptUserDatasetIsMovedAsideAndRebuilt() throws Exception {
        addTwo();
        Files.writeString(root().resolve("user-dataset.json"), "not json at all");
        LibrarySnapshot snapshot = new Library(root(), LibraryTest.BUNDLED).load();
        assertTrue(snapshot.notices().get(0).startsWith("user-dataset.json could not be read (malformed JSON"),
                snapshot.notices().toString());
        assertEquals("not json at all", Files.readString(movedAside("user-dataset.json")));
        assertEquals(2, DatasetReader.read(root().resolve("user-dataset.json")).documents().size());
    }

    @Test
    void anInterruptedAddOrRemoveIsCompletedOnLoad() throws Exception {
        List<String> ids = addTwo();
        Path documents = root().resolve("documents");
        // A copy the index does not list yet (killed before the index was written) is adopted ...
        Path extra = Files.writeString(documents.resolve("user-provincial-report-9-0000000000.txt"), Articles.numbered(9));
        // ... an entry whose copy is gone (killed after removing it) is dropped, and stale temp files go.
        String goneFile = new Library(root(), LibraryTest.BUNDLED).load().entries().get(0).file();
        Files.delete(documents.resolve(goneFile));
        Files.writeString(root().resolve(".library.json.123.tmp"), "half");
        LibrarySnapshot snapshot = new Library(root(), LibraryTest.BUNDLED).load();
        List<String> now = snapshot.entries().stream().map(LibraryEntry::id).toList();
        assertEquals(List.of(ids.get(1), "user-provincial-report-9-0000000000"), now);
        assertEquals(now, snapshot.dataset().documents().stream().map(d -> d.id()).toList());
        assertTrue(Files.exists(extra));
        assertTrue(Files.notExists(root().resolve(".library.json.123.tmp")));
    }

    @Test
    void anUnusableLibraryLeavesTheBundledAtlas() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        LibrarySession session = LibrarySession.open(file, LibraryTest.BUNDLED);
        assertTrue(session.startNotice().orElseThrow().startsWith("Your documents could not be loaded ("));
        assertEquals(LibraryTest.BUNDLED.documents(), session.merged().documents());
    }
}
