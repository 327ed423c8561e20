package org.priorityatlas.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.priorityatlas.map.LabelMode;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Closing the atlas and opening it again returns to the same view. */
class RememberedViewTest {
    private static final String NODE = "remembered-view-test";

    @AfterEach
    void forget() {
        System.setProperty("priorityatlas.prefs", NODE);
        Settings.open().clear();
        System.setProperty("priorityatlas.prefs", "none");
    }

    @Test
    void theLastViewComesBack() throws Exception {
        System.setProperty("priorityatlas.prefs", NODE);
        Settings.open().clear();
        AtlasApp first = start();
        WaitForAsyncUtils.asyncFx(() -> {
            first.model().setPeriod("15th-fyp");
            first.model().selectSector("nev");
            first.model().selectRegion("CN-SC");
            first.model().labelModeProperty().set(LabelMode.BOTH);
        }).get();
        FxToolkit.cleanupApplication(first);

        AtlasApp second = start();
        // Read on the FX thread: the start-up rehearsal selects each sector for the length of one FX task,
        // which a read from the test's thread could fall into.
        List<Object> view = WaitForAsyncUtils.asyncFx(() -> List.<Object>of(
                second.model().selectedRegionProperty().get(), second.model().selectedSectorProperty().get(),
                second.model().periodProperty().get(), second.model().labelModeProperty().get())).get();
        assertEquals(List.of("CN-SC", "nev", "15th-fyp", LabelMode.BOTH), view);
        FxToolkit.cleanupApplication(second);
        FxToolkit.cleanupStages();
    }

    private static AtlasApp start() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        AtlasApp app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.view() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }
}
