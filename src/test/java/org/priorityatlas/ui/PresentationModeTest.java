package org.priorityatlas.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher presents: F11 enters, arrows step through sectors and regions, Esc leaves. */
class PresentationModeTest extends AtlasAppTestBase {

    @Test
    void f11EntersArrowsStepAndEscapeLeaves() {
        clickOn(map().layer().localToScreen(20, 20));
        type(KeyCode.F11);
        assertTrue(app.view().presentingProperty().get());
        assertTrue(stage.isFullScreen());
        Node caption = lookup("#presentation-caption").query();
        assertTrue(caption.isVisible());
        assertFalse(lookup("#source-panel").query().isVisible(), "the panel folds into the caption");

        type(KeyCode.RIGHT);
        String first = model().atlas().convergence().get(0).sector().id();
        assertEquals(first, model().selectedSectorProperty().get());
        type(KeyCode.RIGHT);
        assertEquals(model().atlas().convergence().get(1).sector().id(), model().selectedSectorProperty().get());
        type(KeyCode.LEFT);
        assertEquals(first, model().selectedSectorProperty().get());
        type(KeyCode.DOWN);
        assertEquals("CN-BJ", model().selectedRegionProperty().get());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#CN-GD").query().getOpacity() < 0.5, "other regions fade behind the spotlight");

        type(KeyCode.ESCAPE);
        assertFalse(app.view().presentingProperty().get());
        assertFalse(stage.isFullScreen());
        assertTrue(lookup("#source-panel").query().isVisible());
        assertEquals("CN-BJ", model().selectedRegionProperty().get(), "leaving keeps the view");
    }

    @Test
    void presentButtonEntersPresentationMode() {
        clickOn("#present");
        assertTrue(app.view().presentingProperty().get());
    }
}
