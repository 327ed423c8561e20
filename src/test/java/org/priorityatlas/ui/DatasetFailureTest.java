package org.priorityatlas.ui;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken dataset gives an empty atlas with a visible message, not a crash. */
class DatasetFailureTest extends AtlasAppTestBase {

    @Override
    protected String[] arguments() {
        try {
            Path bad = Files.createTempFile("broken-atlas", ".json");
            Files.writeString(bad, "{ \"schemaVersion\": 1, \"documents\": [ ");
            bad.toFile().deleteOnExit();
            return new String[]{"--dataset", bad.toString()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void showsANoticeAndAnEmptyMap() {
        Label notice = lookup("#notice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().startsWith("The dataset could not be loaded"), notice.getText());
        assertEquals(0, model().atlas().maxSectorCount());
        assertTrue(model().colouringProperty().get().fill("CN-GD").noData());
        clickRegion("CN-GD");
        assertEquals("CN-GD", model().selectedRegionProperty().get(), "the map still works");
    }
}
