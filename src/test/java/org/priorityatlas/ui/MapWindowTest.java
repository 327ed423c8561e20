package org.priorityatlas.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.map.Palette;
import org.priorityatlas.map.RegionFill;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map window as a user meets it: it opens on China, regions can be clicked, keys zoom. */
class MapWindowTest extends AtlasAppTestBase {

    /**
     * The window's legend lay over Xinjiang, Gansu and the west of Inner Mongolia on a 1366×768 laptop: the
     * map is fitted clear of it, in the test's 1280×800 window, at 1366×768, and in a narrow 1024×768 one.
     */
    @Test
    void theLegendCoversNoRegionInTheWindow() {
        assertEquals(List.of(), regionsUnderLegend(), "at 1280×800");
        for (double[] size : new double[][] {{1366, 768}, {1024, 768}}) {
            onFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            settle();
            assertEquals(List.of(), regionsUnderLegend(), "at " + size[0] + "×" + size[1]);
        }
    }

    /**
     * Macao's callout lay on Hainan in a sector neither prioritises, and Hainan's name was left out (the
     * window at 1280×800). Both names are on screen at common window sizes, Macao's inside the map, and the
     * attribution along the map's bottom edge lies over no name.
     */
    @Test
    void hainanAndMacaoAreBothNamed() {
        onFx(() -> model().selectSector("ai"));
        for (double[] size : new double[][] {{1280, 800}, {1366, 768}, {1024, 768}}) {
            onFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            settle();
            String at = " at " + size[0] + "×" + size[1];
            Bounds macao = labelOnScreen("Macao").orElseThrow(() -> new AssertionError("Macao's name" + at));
            assertTrue(labelOnScreen("Hainan").isPresent(), "Hainan's name" + at);
            Bounds mapBox = fx(() -> map().localToScene(map().getLayoutBounds()));
            assertTrue(mapBox.contains(macao), "Macao's name " + macao + " inside the map " + mapBox + at);
            assertEquals(List.of(), namesUnderAttribution(), "names under the attribution" + at);
        }
    }

    /** Where a region's name is drawn (scene coordinates), if it is shown. */
    private Optional<Bounds> labelOnScreen(String name) {
        return fx(() -> shownLabelTexts().stream().filter(t -> name.equals(t.getText()))
                .map(t -> t.localToScene(t.getLayoutBounds())).findFirst());
    }

    @Test
    void opensWithEveryRegionDrawnWhereItsLabelIs() {
        assertTrue(stage.isShowing());
        assertTrue(map().zoom() > 3 && map().zoom() < 5.5, "fits China at national zoom: " + map().zoom());
        // Hong Kong and Macao are a pixel or two across at this zoom: their callouts take the clicks.
        List<String> missing = model().atlas().regions().stream().map(r -> r.id())
                .filter(id -> !id.equals("CN-HK") && !id.equals("CN-MO"))
                .filter(id -> !id.equals(map().layer().regionAt(map().layer().screenPoint(id).orElseThrow())))
                .toList();
        assertEquals(List.of(), missing, "regions not drawn at their label point");
        assertEquals(Optional.of(Detail.LOW), map().layer().detail(), "national zoom draws the light outlines");
    }

    @Test
    void zoomingInDrawsTheHighDetailOutlines() {
        javafx.geometry.Point2D guangdong = map().layer().screenPoint("CN-GD").orElseThrow();
        onFx(() -> map().zoomAt(6 - map().zoom(), guangdong.getX(), guangdong.getY()));
        settle();
        assertEquals(Optional.of(Detail.HIGH), map().layer().detail());
        assertEquals("CN-GD", map().layer().regionAt(map().layer().screenPoint("CN-GD").orElseThrow()));
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
        clickOn(map().layer().localToScreen(map().layer().calloutPoint("CN-HK").orElseThrow()));
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

    @Test
    void panAndZoomStepsHaveGluonsHiddenBaseMapAddItsTilesBeforeThePulse() {
        javafx.scene.Parent mapView = (javafx.scene.Parent) map().getChildrenUnmodifiable().get(0);
        javafx.scene.Parent baseMap = (javafx.scene.Parent) mapView.getChildrenUnmodifiable().get(0);
        // Tile nodes added in the pulse's layout pass, after its CSS pass, have the next pulse paint the
        // whole window for a frame in which nothing changed.
        List<Node> afterPan = fx(() -> {
            map().panBy(300, 200);
            return List.copyOf(baseMap.getChildrenUnmodifiable());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(afterPan, fx(() -> List.copyOf(baseMap.getChildrenUnmodifiable())), "the pulse after a pan adds no tiles");
        List<Node> afterZoom = fx(() -> {
            map().zoomAt(0.6, 400, 300);
            return List.copyOf(baseMap.getChildrenUnmodifiable());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(afterZoom, fx(() -> List.copyOf(baseMap.getChildrenUnmodifiable())), "nor the pulse after a zoom");
    }

    /**
     * A pan or zoom step changes the map alone. Its layout request went up to the window's root, and every
     * step laid out the map's area and the whole window again, measuring the legend's and the columns'
     * wrapped texts (37 of the zoom benchmark's 239 FX thread samples in the window's layout alone).
     */
    @Test
    void panAndZoomStepsLayOutTheMapAlone() {
        javafx.scene.Parent root = fx(() -> map().getScene().getRoot());
        javafx.scene.Parent area = fx(() -> map().getParent());
        WaitForAsyncUtils.waitForFxEvents();
        for (Runnable step : List.<Runnable>of(() -> map().panBy(40, 20), () -> map().zoomAt(0.25, 400, 300))) {
            List<Boolean> needsLayout = fx(() -> {
                step.run();
                return List.of(root.isNeedsLayout(), area.isNeedsLayout(), map().layer().isNeedsLayout());
            });
            assertEquals(List.of(false, false, true), needsLayout, "window, map area, map layer after a step");
            WaitForAsyncUtils.waitForFxEvents();
        }
        Bounds areaBounds = fx(() -> area.getLayoutBounds());
        assertEquals(areaBounds.getWidth(), fx(() -> map().getWidth()), 0.0, "the map fills its area");
        assertEquals(areaBounds.getHeight(), fx(() -> map().getHeight()), 0.0);
    }

    /** Getting ready for changes has Gluon's base map zoom and move by nothing: the view stays where it is. */
    @Test
    void gettingReadyForChangesLeavesTheViewAlone() {
        List<Object> before = fx(() -> List.of(map().layer().zoom(), screenPointOf("CN-GD"), screenPointOf("CN-XJ")));
        onFx(() -> map().layer().makeReadyForChanges());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx(() -> List.of(map().layer().zoom(), screenPointOf("CN-GD"), screenPointOf("CN-XJ"))));
    }

    @Test
    void theLegendIsOneBitmapOnlyWhileTheMapMoves() throws Exception {
        Region legend = node("#map-legend", Region.class);
        Image atRest = snapshot(legend);
        assertFalse(legend.isCache(), "at rest the legend is drawn as nodes");
        clickOn(map().layer().localToScreen(20, 20));
        type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legend.isCache(), "a bitmap while the map moves");
        // Rounding through the bitmap's premultiplied pixels only; sub-pixel (LCD) text at rest would differ by far more.
        assertTrue(largestDifference(atRest, snapshot(legend)) <= 2, "the legend looks the same moving and at rest");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !legend.isCache());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }

    private static Image snapshot(Node node) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
    }

    /** The largest difference of any channel of any pixel, 0-255. */
    private static int largestDifference(Image a, Image b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int largest = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = a.getPixelReader().getArgb(x, y);
                int q = b.getPixelReader().getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs((p >>> shift & 0xFF) - (q >>> shift & 0xFF)));
                }
            }
        }
        return largest;
    }

    @Test
    void aFullHdWindowShowsEverySectorWithoutScrolling() {
        ScrollPane list = node("#sector-list", ScrollPane.class);
        Region rows = (Region) list.getContent();
        resize(1280, 800);
        assertEquals(250, list.getParent().getLayoutBounds().getWidth(), 1.0, "the column at 1280x800");
        assertTrue(rows.getHeight() > list.getViewportBounds().getHeight(), "1280x800 scrolls the sectors");

        resize(1920, 1080);
        assertEquals(330, list.getParent().getLayoutBounds().getWidth(), 1.0, "the column widens");
        assertTrue(rows.getHeight() <= list.getViewportBounds().getHeight(),
                rows.getHeight() + " px of rows in a " + list.getViewportBounds().getHeight() + " px column");
    }

    @Test
    void aNarrowWindowKeepsTheAppsTitleWhole() {
        resize(1024, 768);
        javafx.scene.control.Label title = lookup(".app-title").query();
        assertEquals("Priority Atlas", title.getText());
        assertTrue(title.getWidth() >= title.prefWidth(-1) - 0.5,
                "the title is not cut to \"Priority ...\": " + title.getWidth() + " of " + title.prefWidth(-1) + " px");
        resize(1280, 800);
    }

    private void resize(double width, double height) {
        onFx(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
    }
}
