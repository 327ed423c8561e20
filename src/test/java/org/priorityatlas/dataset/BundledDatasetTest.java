package org.priorityatlas.dataset;

import org.junit.jupiter.api.Test;
import org.priorityatlas.extract.DatasetBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledDatasetTest {
    @Test
    void committedAtlasMatchesTheDocuments() throws Exception {
        byte[] rebuilt = DatasetWriter.toBytes(new DatasetBuilder().buildDirectory(Path.of("resources/documents")).dataset());
        assertArrayEquals(Files.readAllBytes(Path.of("resources/atlas.json")), rebuilt,
                "resources/atlas.json is stale: regenerate it with  mvn -q compile exec:java@build-dataset");
    }

    @Test
    void loadsValidatedWithDocumentBodies() {
        Dataset dataset = BundledDataset.load();
        assertEquals(5, dataset.documents().size());
        DocumentStore store = DocumentStore.bundled(dataset);
        Sentence first = dataset.sentences().get(0);
        String body = store.body(first.document()).orElseThrow();
        assertEquals(first.text(), body.substring(first.start(), first.end()));
        assertTrue(dataset.claims().stream().allMatch(c -> !c.sentences().isEmpty()));
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        DatasetBuilder builder = new DatasetBuilder();
        Path docs = Path.of("resources/documents");
        assertArrayEquals(DatasetWriter.toBytes(builder.buildDirectory(docs).dataset()),
                DatasetWriter.toBytes(builder.buildDirectory(docs).dataset()));
    }
}
