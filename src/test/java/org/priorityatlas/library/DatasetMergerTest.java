package org.priorityatlas.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetValidator;
import org.priorityatlas.dataset.DocumentStore;
import org.priorityatlas.dataset.Taxonomy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bundled + user: a valid dataset, one claim per pair, bundled evidence first. */
class DatasetMergerTest {
    @TempDir
    Path tmp;

    @Test
    void mergesDocumentsSentencesAndClaimsDeterministically() throws Exception {
        Dataset bundled = LibraryTest.BUNDLED;
        LibrarySnapshot user = new Library(tmp.resolve("lib"), bundled)
                .add(Articles.write(tmp, "1.txt", Articles.numbered(1)), Overrides.NONE).snapshot();
        Dataset merged = DatasetMerger.merge(bundled, user.dataset());
        assertEquals(merged, DatasetMerger.merge(bundled, user.dataset()));
        assertEquals(bundled.documents().size() + 1, merged.documents().size());
        assertEquals(bundled.sentences().size() + user.dataset().sentences().size(), merged.sentences().size());
        Set<String> pairs = new HashSet<>();
        merged.claims().forEach(c -> assertTrue(pairs.add(c.region() + "/" + c.sector()), "one claim per pair"));
        Claim bundledGd = claim(bundled, "CN-GD", "ai");
        Claim userGd = claim(user.dataset(), "CN-GD", "ai");
        Claim both = claim(merged, "CN-GD", "ai");
        List<String> expected = new java.util.ArrayList<>(bundledGd.sentences());
        expected.addAll(userGd.sentences());
        assertEquals(expected, both.sentences());
        assertEquals(expected.size(), both.support().size());
        assertTrue(both.matched().containsAll(bundledGd.matched()) && both.matched().containsAll(userGd.matched()));
        DocumentStore bundledTexts = DocumentStore.bundled(bundled);
        DocumentStore userTexts = user.documents();
        assertEquals(List.of(), new DatasetValidator(Taxonomy.load()).validate(merged,
                id -> bundledTexts.body(id).or(() -> userTexts.body(id))));
        assertEquals(bundled, DatasetMerger.merge(bundled, new Dataset(1, List.of(), List.of(), List.of(), List.of(), List.of())));
    }

    private static Claim claim(Dataset d, String region, String sector) {
        return d.claims().stream().filter(c -> c.region().equals(region) && c.sector().equals(sector)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + region + "/" + sector));
    }
}
