package org.priorityatlas.map;

import org.junit.jupiter.api.Test;
import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sentence;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.explore.AtlasIndex;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ColouringsTest {
    private final Taxonomy taxonomy = Taxonomy.load();
    private final AtlasIndex atlas = AtlasIndex.of(new Dataset(1,
            List.of(new DocumentInfo("d", "d.txt", "T", "O", "2025", "15th-fyp", null, "en", "h")),
            taxonomy.regionsWithNational(), taxonomy.sectors(),
            List.of(new Sentence("d#0", "d", 0, 27, "Jiangsu backs AI and chips.", "body")),
            List.of(new Claim("CN-JS", "ai", List.of("d#0"), List.of("AI"), List.of()),
                    new Claim("CN-JS", "semiconductors", List.of("d#0"), List.of("chips"), List.of()))));

    @Test
    void keepsEachViewsColouringAsColouringOfComputesIt() {
        Colourings colourings = new Colourings(atlas);
        colourings.computeAll();
        for (var sector : taxonomy.sectors()) {
            Colouring kept = colourings.get(Optional.of(sector));
            Colouring fresh = Colouring.of(atlas, Optional.of(sector));
            assertEquals(fresh.fills(), kept.fills(), sector.id());
            assertEquals(fresh.headline(), kept.headline(), sector.id());
            assertSame(kept, colourings.get(atlas.sector(sector.id())), "kept, not computed again");
        }
        assertEquals(2, colourings.get(Optional.empty()).fill("CN-JS").count());
    }
}
