package org.priorityatlas.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.priorityatlas.map.Palette;
import org.priorityatlas.map.RegionFill;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map window as a user meets it: it opens on China, regions can be clicked, keys zoom. */
class MapWindowTest extends AtlasAppTestBase {

    @Test
    void opensWithAllRegionsDrawn() {
        long regions = lookup(".region").queryAll().stream().filter(n -> n instanceof SVGPath).count();
        assertEquals(68, regions, "34 regions, each at two levels of detail");
        assertTrue(stage.isShowing());
        assertTrue(map().zoom() > 3 && map().zoom() < 5.5, "fits China at national zoom: " + map().zoom());
    }

    @Test
    void highDetailOutlinesArriveAfterStartAndShowWhenZoomedIn() {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<SVGPath> guangdong = lookup("#CN-GD").queryAll().stream()
                .filter(n -> n instanceof SVGPath).map(n -> (SVGPath) n).toList();
        assertEquals(2, guangdong.size());
        org.testfx.util.WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertTrue(guangdong.get(1).getContent().length() > guangdong.get(0).getContent().length() * 2,
                "high detail has several times the vertices of low detail");
        onFx(() -> map().zoomAt(6 - map().zoom(), 300, 300));
        assertTrue(guangdong.get(1).getParent().isVisible(), "high detail shows at zoom 6");
        assertTrue(!guangdong.get(0).getParent().isVisible());
    }

    @Test
    void clickAtGuangdongsLabelPointSelectsIt() {
        clickRegion("CN-GD");
        assertEquals("CN-GD", model().selectedRegionProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN-HK", "CN-MO", "CN-SH", "CN-TJ", "CN-BJ"})
    void smallRegionsAreSelectableAtTheDefaultZoom(String regionId) {
        clickRegion(regionId);
        assertEquals(regionId, model().selectedRegionProperty().get());
    }

    @Test
    void hongKongsCalloutLabelSelectsHongKong() {
        clickOn(map().layer().localToScreen(map().layer().shapes().calloutPoint("CN-HK").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("CN-HK", model().selectedRegionProperty().get());
    }

    @Test
    void plusAndMinusKeysZoomAndZeroResets() {
        double start = map().zoom();
        clickOn(map().layer().localToScreen(20, 20));
        type(KeyCode.EQUALS);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start + 0.5, map().zoom(), 0.02);
        type(KeyCode.MINUS);
        type(KeyCode.MINUS);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start - 0.5, map().zoom(), 0.02);
        type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, map().zoom(), 0.02);
    }

    @Test
    void xinjiangsLabelPointHasItsDefaultFill() {
        RegionFill fill = model().colouringProperty().get().fill("CN-XJ");
        Color drawn = pixelAt("CN-XJ");
        boolean matches = fill.noData()
                ? between(drawn, Color.web(Palette.NO_DATA_HATCH), Color.web(Palette.NO_DATA))
                : close(drawn, Color.web(fill.color()));
        assertTrue(matches, "drawn " + drawn + " expected " + fill);
    }

    /** A hatch pixel is the base colour, the line colour or a smoothed mix of the two. */
    private static boolean between(Color c, Color dark, Color light) {
        double e = 0.02;
        return c.getRed() >= dark.getRed() - e && c.getRed() <= light.getRed() + e
                && c.getGreen() >= dark.getGreen() - e && c.getGreen() <= light.getGreen() + e
                && c.getBlue() >= dark.getBlue() - e && c.getBlue() <= light.getBlue() + e;
    }

    @Test
    void arrowKeysPanTheMap() {
        double before = screenPointOf("CN-GD").getX();
        clickOn(map().layer().localToScreen(20, 20));
        type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 80, screenPointOf("CN-GD").getX(), 1.0);
    }
}
