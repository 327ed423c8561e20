package org.priorityatlas.explore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtlasIndexTest {
    private final AtlasIndex atlas = AtlasIndex.of(SampleData.dataset());

    @Test
    void strengthGrowsWithSentencesAndDocuments() {
        assertEquals(3, atlas.claim("CN-GD", "semiconductors").orElseThrow().strength(), "two documents");
        assertEquals(1, atlas.claim("CN-GD", "ai").orElseThrow().strength(), "one sentence");
    }

    @Test
    void aClaimSupportedOnlyByACaptionIsNotShown() {
        assertTrue(atlas.claim("CN-AH", "robotics").isEmpty());
        assertEquals(0, atlas.sectorCount("CN-AH"));
    }

    @Test
    void periodFilterKeepsOnlyEvidenceFromThatPeriod() {
        AtlasIndex plan = atlas.withFilter(Filter.ALL.withPeriod("15th-fyp"));
        assertTrue(plan.claim("CN-SH", "semiconductors").isEmpty(), "Shanghai's chips are only in the 2025 report");
        assertEquals(1, plan.claim("CN-GD", "semiconductors").orElseThrow().evidence().size());
        assertEquals(List.of("a"), plan.documents().stream().map(d -> d.id()).toList());
    }

    @Test
    void groupingOnlyClaimsAreMarked() {
        assertTrue(atlas.claim("CN-GD", "nev").orElseThrow().onlyViaGrouping());
        assertFalse(atlas.claim("CN-GD", "ai").orElseThrow().onlyViaGrouping());
    }

    @Test
    void convergenceRanksSectorsByRegionCount() {
        SectorCount top = atlas.convergence().get(0);
        assertEquals("semiconductors", top.sector().id());
        assertEquals(2, top.regions());
    }

    @Test
    void leadingFamilyIsTheMostNamedOne() {
        assertEquals(Optional.of("tech"), atlas.leadingFamily("CN-GD"));
    }

    @ParameterizedTest
    @CsvSource({"广东, CN-GD", "guangdong, CN-GD", "Guangdong Province, CN-GD", "广东省, CN-GD", "上海, CN-SH",
            "inner mongolia, CN-NM", "内蒙古, CN-NM", "xizang, CN-XZ", "hong kong, CN-HK", "cn-gd, CN-GD"})
    void searchFindsRegionsInEnglishPinyinAndChinese(String query, String region) {
        var hits = new SearchIndex(atlas).search(query);
        assertEquals(region, hits.get(0).regionId(), query + " -> " + hits);
    }

    @Test
    void searchFindsWordsInSentences() {
        var hits = new SearchIndex(atlas).search("humanoid").stream()
                .filter(h -> h.kind() == SearchHit.Kind.SENTENCE).toList();
        assertEquals(1, hits.size());
        assertEquals("robotics", hits.get(0).sectorId());
        assertEquals("CN-GD", hits.get(0).regionId());
        assertTrue(hits.get(0).detail().contains("humanoid robots"));
    }
}
