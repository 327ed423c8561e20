package org.priorityatlas.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.priorityatlas.map.Colouring;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rehearsal after start-up goes through every sector without the user seeing or losing anything. */
class RehearsalTest extends AtlasAppTestBase {

    @Test
    void noFrameShowsTheRehearsedSectorsAndTheWindowEndsAsItWas() {
        onFx(() -> {
            model().selectSector("ai");
            model().selectRegion("CN-GD");
        });
        settle();
        ScrollPane sectors = lookup("#sector-list").queryAs(ScrollPane.class);
        onFx(() -> sectors.setVvalue(1));
        List<Node> panelBefore = List.copyOf(lookup("#source-panel .source-content").queryAs(VBox.class).getChildren());
        String headline = lookup("#map-headline").queryAs(Label.class).getText();
        List<String> sectorsInFrames = new ArrayList<>();
        List<Colouring> colourings = new ArrayList<>();
        Runnable frame = () -> sectorsInFrames.add(model().selectedSectorProperty().get());
        onFx(() -> {
            stage.getScene().addPostLayoutPulseListener(frame);
            model().colouringProperty().addListener((o, old, c) -> colourings.add(c));
            app.view().rehearseChanges();
        });
        settle();
        onFx(() -> stage.getScene().removePostLayoutPulseListener(frame));

        int others = model().atlas().convergence().size() - 1;
        assertEquals(2 * others, colourings.size(), "every other sector shown and taken back");
        assertTrue(sectorsInFrames.size() >= others, "a frame after each sector: " + sectorsInFrames.size());
        assertTrue(sectorsInFrames.stream().allMatch("ai"::equals), "frames showed only AI: " + sectorsInFrames);
        assertEquals("ai", model().selectedSectorProperty().get());
        assertEquals("CN-GD", model().selectedRegionProperty().get());
        assertEquals(AtlasViewModel.PanelTopic.SELECTION, model().panelTopicProperty().get());
        assertEquals(headline, lookup("#map-headline").queryAs(Label.class).getText());
        assertEquals(1.0, sectors.getVvalue(), 1e-9, "the sector list stays scrolled where the user left it");
        List<Node> panelAfter = lookup("#source-panel .source-content").queryAs(VBox.class).getChildren();
        assertEquals(panelBefore.size(), panelAfter.size());
        for (int i = 0; i < panelBefore.size(); i++) {
            assertSame(panelBefore.get(i), panelAfter.get(i), "the side panel was not built again");
        }
    }

    /**
     * A scene replaced in its window keeps its timers: a rehearsal still under way then tried to draw for no
     * window (a NullPointerException in the FX thread, seen when a test started a second atlas on the same
     * stage). It stops instead.
     */
    @Test
    void aRehearsalWhoseSceneHasNoWindowStops() throws Exception {
        Rehearsal rehearsal = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.layout.Pane root = new javafx.scene.layout.Pane();
            new javafx.scene.Scene(root);
            return Rehearsal.start(model(), root, root, new ScrollPane());
        }).get();
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, rehearsal::done);
        settle();
        assertNull(model().selectedSectorProperty().get(), "the window's view is untouched");
    }

    @Test
    void inPresentationModeTheCaptionStaysStill() throws Exception {
        onFx(() -> {
            app.view().setPresenting(true);
            model().selectSector("ai");
        });
        settle();
        Node caption = lookup("#presentation-caption").query();
        assertTrue(caption.isVisible());
        // The caption fades in for the sector just chosen (220 ms): the rehearsal starts after that.
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> caption.getOpacity() == 1.0);
        List<Double> opacities = new ArrayList<>();
        Runnable frame = () -> opacities.add(caption.getOpacity());
        onFx(() -> {
            stage.getScene().addPostLayoutPulseListener(frame);
            app.view().rehearseChanges();
        });
        settle();
        onFx(() -> stage.getScene().removePostLayoutPulseListener(frame));
        assertTrue(opacities.size() > 1, "frames seen: " + opacities.size());
        assertTrue(opacities.stream().allMatch(o -> o == 1.0), "the caption did not fade in again: " + opacities);
    }
}
