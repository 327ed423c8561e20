package org.priorityatlas.map;

import org.junit.jupiter.api.Test;
import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.explore.AtlasIndex;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColouringTest {
    private final Taxonomy taxonomy = Taxonomy.load();

    private AtlasIndex atlas() {
        var docs = List.of(new org.priorityatlas.dataset.DocumentInfo("d", "d.txt", "T", "O", "2025", "15th-fyp",
                null, "en", "h"));
        var sentences = List.of(new org.priorityatlas.dataset.Sentence("d#0", "d", 0, 10, "Jiangsu AI.", "body"));
        var claims = List.of(new Claim("CN-JS", "ai", List.of("d#0"), List.of("AI"), List.of()));
        return AtlasIndex.of(new Dataset(1, docs, taxonomy.regionsWithNational(), taxonomy.sectors(), sentences, claims));
    }

    @Test
    void sectorViewSeparatesNamedNeutralAndNoData() {
        var ai = taxonomy.sector("ai").orElseThrow();
        Colouring c = Colouring.of(atlas(), Optional.of(ai));
        assertEquals(Palette.sectorFill(ai, 1), c.fill("CN-JS").color());
        assertTrue(c.fill("CN-XJ").noData(), "never named: no data, not zero");
        assertEquals("1 region prioritises artificial intelligence & computing power", c.headline());
    }

    @Test
    void overviewCountsSectorsAndShowsTheLeadingFamily() {
        Colouring c = Colouring.of(atlas(), Optional.empty());
        assertEquals(1, c.fill("CN-JS").count());
        assertEquals(Family.TECH.color(), c.fill("CN-JS").chip());
        assertTrue(c.fill("CN-GD").noData());
    }

    @Test
    void strengthIsLightnessOfOneHue() {
        var chips = taxonomy.sector("semiconductors").orElseThrow();
        assertNotEquals(Palette.sectorFill(chips, 1), Palette.sectorFill(chips, 3));
        assertEquals(chips.color(), Palette.sectorFill(chips, 3));
    }

    @Test
    void everySectorHasAColourAndAKnownFamily() {
        taxonomy.sectors().forEach(s -> {
            assertTrue(s.color().matches("#[0-9A-F]{6}"), s.id());
            assertTrue(Family.of(s.family()).isPresent(), s.id());
        });
    }
}
