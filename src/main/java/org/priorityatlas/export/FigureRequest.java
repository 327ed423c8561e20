package org.priorityatlas.export;

import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;

import java.util.Optional;

/**
 * Everything needed to draw one figure: geometry, the data under its filter, the sector (empty for the
 * overview), the look, and the font family (the bundled CJK font, loaded by the caller).
 */
public record FigureRequest(FigureAssets assets, AtlasIndex atlas, Optional<Sector> sector, FigureSpec spec,
                            String fontFamily) {

    /** Builds the figure. Call on the FX thread. */
    public MapFigure build() {
        return MapFigure.create(assets, atlas, sector, spec, fontFamily);
    }
}
