package org.priorityatlas.export;

import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.map.LabelMode;
import org.priorityatlas.ui.Fonts;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.util.Optional;

/** The bundled atlas and geometry, loaded once per test JVM, and the headless toolkit via TestFX. */
final class FigureFixture {
    static final AtlasIndex ATLAS = AtlasIndex.of(BundledDataset.load());
    static final FigureAssets ASSETS = FigureAssets.bundled();
    private static String family;

    private FigureFixture() {
    }

    /** Starts the toolkit the way the UI tests do, so both kinds of test share one JVM. */
    static synchronized String start() throws Exception {
        if (family == null) {
            FxToolkit.registerPrimaryStage();
            family = FxThread.call(Fonts::load);
        }
        return family;
    }

    static FigureRequest request(String sectorId, int width, int height, boolean transparent) throws Exception {
        Optional<Sector> sector = Optional.ofNullable(sectorId).flatMap(ATLAS::sector);
        FigureSpec spec = new FigureSpec(FigureText.defaultTitle(sector, "all"), width, height, transparent,
                LabelMode.ENGLISH, null, LocalDate.of(2026, 1, 15));
        return new FigureRequest(ASSETS, ATLAS, sector, spec, start());
    }
}
