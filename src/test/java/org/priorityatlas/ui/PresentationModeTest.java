package org.priorityatlas.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.map.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
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
        // A point inside Guangdong clear of presentation mode's large labels and callouts.
        Color fill = Color.web(model().colouringProperty().get().fill("CN-GD").color());
        double below = java.util.stream.IntStream.rangeClosed(-30, 30).map(d -> d * 2).boxed()
                .filter(d -> close(pixelAt("CN-GD", d), fill)).findFirst().orElseThrow(
                        () -> new AssertionError("no pixel near Guangdong's label point has its colour " + fill));
        type(KeyCode.DOWN);
        assertEquals("CN-BJ", model().selectedRegionProperty().get());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        Color faded = pixelAt("CN-GD", below);
        Color expected = Color.web(Palette.CHINA_LAND).interpolate(fill, 0.35);
        assertTrue(close(faded, expected), "other regions fade behind the spotlight: " + faded + ", not " + expected);

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

    @Test
    void withoutARegionTheCaptionIsTheHeadlineAlone() {
        clickOn("#present");
        type(KeyCode.RIGHT);
        // The caption follows once the map's frame is shown.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Region caption = lookup("#presentation-caption").query();
        Label headline = lookup(".caption-headline").query();
        String chinese = model().selectedSector().orElseThrow().name().zh();
        assertTrue(headline.getText().endsWith("\n" + chinese), "the Chinese name has its own line: " + headline.getText());
        for (String part : new String[] {".caption-region", ".caption-quote", ".caption-citation"}) {
            assertFalse(lookup(part).query().isManaged(), part + " is empty and takes no room");
        }
        assertFalse(lookup("#map-headline").query().isVisible(), "the legend leaves the headline to the caption");
        assertTrue(caption.getWidth() <= Math.round(app.view().getWidth() * 0.4) + 1,
                "the caption leaves the map at least 60 % of the width: " + caption.getWidth() + " of " + app.view().getWidth());
        Insets pad = caption.getInsets();
        assertEquals(headline.getHeight() + pad.getTop() + pad.getBottom(), caption.getHeight(), 1,
                "the box ends below its headline");

        type(KeyCode.DOWN);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(lookup(".caption-quote").query().isManaged(), "a selected region brings its sentence");
    }

    @Test
    void kHidesAndShowsTheLegendAndTheMapTakesItsRoom() {
        clickOn("#present");
        settle();
        Node legend = lookup("#map-legend").query();
        assertTrue(legend.isVisible());
        double beside = map().zoom();
        type(KeyCode.K);
        settle();
        assertFalse(legend.isVisible(), "K hides the legend");
        assertTrue(map().zoom() >= beside, "without the legend China may grow: " + beside + " -> " + map().zoom());
        type(KeyCode.K);
        settle();
        assertTrue(legend.isVisible());
        assertEquals(beside, map().zoom(), 1e-9, "shown again, the legend has its room back");
    }

    /**
     * The legend's large type used to lie over Xinjiang on the test screen (1920×1080) and over Inner
     * Mongolia, Beijing and Xinjiang on a 1280×800 projector: China is now fitted below it. Checked on the
     * picture itself, every 4 pixels under the legend, for the overview (the tallest legend) and for a
     * sector after stepping to it; {@code width} 0 is full screen, 1280 a 1280×800 window standing in for
     * the projector.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1280})
    void thePresentationLegendCoversNoRegion(int width) {
        clickOn("#present");
        if (width > 0) {
            onFx(() -> {
                stage.setFullScreen(false);
                stage.setWidth(width);
                stage.setHeight(800);
            });
        }
        settle();
        assertEquals(List.of(), regionsUnderLegend(), "regions under the overview's legend");
        double overview = map().zoom();
        type(KeyCode.RIGHT);
        settle();
        assertEquals(List.of(), regionsUnderLegend(), "regions under the sector's legend");
        assertEquals(overview, map().zoom(), 1e-9, "a shorter legend does not move the map");
        // The legend took the map's spare height: China is at most 15 % smaller than with no legend at all.
        type(KeyCode.K);
        settle();
        assertTrue(map().zoom() - overview < Math.log(1 / 0.85) / Math.log(2),
                "China's scale beside the legend: " + overview + " against " + map().zoom() + " without it");
    }

    /**
     * Moved to the bottom left for the window, the attribution lay over Hainan's name in presentation mode
     * on a 1280×800 projector. Beside the caption China leaves the bottom right open: it goes there.
     */
    @Test
    void theAttributionLiesOverNoNameOnAProjector() {
        clickOn("#present");
        onFx(() -> {
            stage.setFullScreen(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        settle();
        assertEquals(List.of(), namesUnderAttribution(), "in the overview");
        type(KeyCode.RIGHT);
        settle();
        assertEquals(List.of(), namesUnderAttribution(), "in " + model().selectedSectorProperty().get());
        type(KeyCode.ESCAPE);
        settle();
        assertEquals(List.of(), namesUnderAttribution(), "back in the window");
    }

    /**
     * The longest sentence a caption can show, on a 1024×768 projector: the caption used to outgrow the map
     * area, which then pushed the whole window up (legend and zoom buttons off the top of the screen).
     */
    @Test
    void theLongestCaptionFitsOnTheScreen() {
        ClaimView longest = model().atlas().regions().stream()
                .flatMap(r -> model().atlas().claimsOf(r.id()).stream())
                .max(java.util.Comparator.comparingInt(c -> c.evidence().stream().filter(e -> e.sentence().isBody())
                        .findFirst().map(e -> e.sentence().text().length()).orElse(0)))
                .orElseThrow();
        clickOn("#present");
        // The test screen is 1280×800: presentation mode in a 1024×768 window stands in for the projector.
        onFx(() -> {
            stage.setFullScreen(false);
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        onFx(() -> {
            model().selectSector(longest.sector().id());
            model().selectRegion(longest.region().id());
        });
        settle();
        Region caption = lookup("#presentation-caption").query();
        Label quote = lookup(".caption-quote").query();
        assertTrue(quote.isManaged(), "the caption shows a sentence");
        double height = stage.getScene().getHeight();
        Bounds box = caption.localToScene(caption.getLayoutBounds());
        assertTrue(box.getMinY() >= 0 && box.getMaxY() <= height, "the caption lies on the screen: " + box + " in " + height);
        Node legend = lookup("#map-legend").query();
        assertTrue(legend.localToScene(legend.getLayoutBounds()).getMinY() >= 0, "the legend stays on the screen");
        Label citation = lookup(".caption-citation").query();
        assertTrue(citation.localToScene(citation.getLayoutBounds()).getMaxY() <= height, "the source stays on the screen");
    }

    /** Stepping to a region that lies under the caption column brings it out beside the caption. */
    @Test
    void aRegionSteppedToIsNotLeftUnderTheCaption() {
        clickOn("#present");
        settle();
        Region caption = lookup("#presentation-caption").query();
        double captionLeft = map().sceneToLocal(caption.localToScene(caption.getLayoutBounds())).getMinX();
        // The teacher has moved the map so that Shanghai sits 100 pixels inside the caption's column.
        onFx(() -> map().panBy(captionLeft + 100 - shanghai().getX(), 0));
        settle();
        assertTrue(shanghai().getX() > captionLeft, "Shanghai starts under the caption: " + shanghai());
        onFx(() -> map().centreOn("CN-SH"));
        settle();
        assertTrue(shanghai().getX() < captionLeft - 40, "Shanghai is beside the caption: " + shanghai() + ", caption from " + captionLeft);
    }

    private javafx.geometry.Point2D shanghai() {
        return map().sceneToLocal(map().layer().localToScene(map().layer().screenPoint("CN-SH").orElseThrow()));
    }

    /** ↓ steps through the regions that prioritise the sector shown, and round again; none without data. */
    @Test
    void arrowsStepThroughTheRegionsThatPrioritiseTheSector() {
        clickOn("#present");
        type(KeyCode.RIGHT);
        String sector = model().selectedSectorProperty().get();
        List<String> expected = model().atlas().regions().stream().map(r -> r.id())
                .filter(id -> model().atlas().claim(id, sector).isPresent()).toList();
        assertTrue(expected.size() > 1 && expected.size() < 34, "the sector has some regions: " + expected);
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i <= expected.size(); i++) {
            type(KeyCode.DOWN);
            visited.add(model().selectedRegionProperty().get());
        }
        assertEquals(expected, visited.subList(0, expected.size()));
        assertEquals(expected.get(0), visited.get(expected.size()), "after the last comes the first");
        type(KeyCode.UP);
        assertEquals(expected.get(expected.size() - 1), model().selectedRegionProperty().get());
    }

}
