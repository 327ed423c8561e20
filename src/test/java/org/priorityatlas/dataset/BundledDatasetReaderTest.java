package org.priorityatlas.dataset;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up reader of the bundled dataset must read exactly what the data-binding reader reads. */
class BundledDatasetReaderTest {
    @Test
    void readsTheBundledDatasetAsDataBindingDoes() throws Exception {
        Path atlas = Path.of("resources/atlas.json");
        try (InputStream in = Files.newInputStream(atlas)) {
            assertEquals(DatasetReader.read(atlas), BundledDatasetReader.read(in));
        }
    }

    @Test
    void skipsUnknownFieldsAndKeepsNullsAsDataBindingDoes() throws Exception {
        String json = """
                {"schemaVersion": 1, "future": {"nested": [1, {"x": null}]},
                 "documents": [{"id": "d1", "file": "d1.md", "title": "T", "outlet": "unknown", "date": "undated",
                                "period": "15th-fyp", "url": null, "language": "en", "sha256": "ab", "extra": true}],
                 "regions": [{"id": "CN-GD", "code": "440000", "name": {"en": "Guangdong", "zh": "广东省"}, "type": "province"}],
                 "sectors": [{"id": "ai", "name": {"en": "AI"}, "color": "#123456", "family": "digital"}],
                 "sentences": [{"id": "d1-s1", "document": "d1", "start": 0, "end": 5, "text": "Hello", "kind": "body"}],
                 "claims": [{"region": "CN-GD", "sector": "ai", "sentences": ["d1-s1"], "matched": ["AI"], "support": null},
                            {"region": "CN-GD", "sector": "ai", "sentences": ["d1-s1"], "matched": [],
                             "support": [{"sentence": "d1-s1", "terms": ["AI"], "via": "name", "place": null, "past": true}]}]}
                """;
        Dataset expected = DatasetReader.read(stream(json));
        Dataset actual = BundledDatasetReader.read(stream(json));
        assertEquals(expected, actual);
        assertEquals("", actual.sectors().get(0).name().zh());
        assertTrue(actual.claims().get(0).support().isEmpty());
    }

    @Test
    void aWrongTypeIsAFormatErrorWithItsPlace() {
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> BundledDatasetReader.read(stream("{\"schemaVersion\": \"one\"}")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
