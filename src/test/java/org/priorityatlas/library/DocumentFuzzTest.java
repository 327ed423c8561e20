package org.priorityatlas.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.DatasetFormatException;
import org.priorityatlas.dataset.DatasetReader;
import org.priorityatlas.dataset.DatasetWriter;
import org.priorityatlas.extract.DatasetBuilder;
import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.extract.SourceDocument;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property tests with a fixed seed (so a failure replays): mutated and random bytes never make the document
 * reader, the builder, the library copy, the dataset loader or the index loader throw anything but their
 * own one-line rejection. Jazzer is not in the offline repository; this loop runs in a few seconds.
 */
class DocumentFuzzTest {
    private static final long SEED = 20261122L;
    private static final String[] NAMES = {"a.txt", "b.md", "c.html", "d.htm"};

    @TempDir
    Path tmp;

    @Test
    void documentsNeverThrowAnythingButARejection() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> seeds = List.of(Articles.WEST.getBytes(StandardCharsets.UTF_8),
                Articles.numbered(7).getBytes(StandardCharsets.UTF_8),
                "<html><head><title>t</title></head><body><p>Hainan will develop <b>marine economy</b>.<script>x</script></p></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                "title: 标题\nlanguage: zh\n\n广东省将加快发展人工智能和集成电路产业。\r\n浙江省提出建设低空经济。".getBytes(StandardCharsets.UTF_8));
        DatasetBuilder builder = new DatasetBuilder();
        int accepted = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = i % 10 == 0 ? randomBytes(random) : Mutations.mutate(seeds.get(i % seeds.size()), random);
            String name = NAMES[random.nextInt(NAMES.length)];
            try {
                SourceDocument doc = DocumentReader.parse(name, bytes);
                doc.title();
                doc.period();
                doc.language();
                DocumentCopy copy = DocumentCopy.of(doc, Overrides.NONE);
                if (i % 5 == 0) {
                    builder.build(List.of(copy.document()));
                }
                accepted++;
            } catch (DocumentRejectedException e) {
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (" + name + "): " + e, e);
            }
        }
        assertTrue(accepted > 1000, "most mutations stay readable text: " + accepted);
    }

    @Test
    void datasetAndIndexFilesNeverThrowAnythingButAFormatError() throws Exception {
        Random random = new Random(SEED + 1);
        Library.Added added = new Library(tmp.resolve("lib"), LibraryTest.BUNDLED)
                .add(Articles.write(tmp, "w.txt", Articles.WEST), Overrides.NONE);
        byte[] dataset = DatasetWriter.toBytes(added.snapshot().dataset());
        byte[] index = Files.readAllBytes(tmp.resolve("lib/library.json"));
        Path indexFile = tmp.resolve("library.json");
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = Mutations.mutate(dataset, random);
            try {
                DatasetReader.read(new ByteArrayInputStream(bytes));
            } catch (DatasetFormatException e) {
                assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("dataset case " + i + ": " + e, e);
            }
            Files.write(indexFile, Mutations.mutate(index, random));
            try {
                LibraryIndex.read(indexFile);
            } catch (CorruptFileException e) {
                assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("index case " + i + ": " + e, e);
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        return bytes;
    }
}
