package org.priorityatlas.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.priorityatlas.map.AtlasMapView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real {@link AtlasApp} headless (Monocle) for each test, waits until the atlas has replaced the
 * loading screen, and offers the few helpers tests need to act as a user: click a region, read a pixel.
 */
abstract class AtlasAppTestBase extends FxRobot {
    protected AtlasApp app;
    protected Stage stage;

    /** Program arguments for the app; tests override to try start options. */
    protected String[] arguments() {
        return new String[0];
    }

    @BeforeEach
    void startAtlas() throws Exception {
        System.setProperty("priorityatlas.prefs", "none");
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(800);
        });
        app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class, arguments());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.view() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // Let the map lay out, fit China, draw its picture and labels.
        settle();
    }

    @AfterEach
    void stopAtlas() throws Exception {
        FxToolkit.hideStage();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    protected AtlasViewModel model() {
        return app.model();
    }

    protected AtlasMapView map() {
        return app.view().map();
    }

    /**
     * Waits until the map's picture is drawn for the current view and the side panel has caught up (it
     * follows the map by a frame), as a user would before reading either.
     */
    protected void settle() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitFor(
                    WaitForAsyncUtils.asyncFx(() -> app.view().settled())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the atlas did not settle within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen point of a region's label point. */
    protected Point2D screenPointOf(String regionId) {
        Point2D local = map().layer().screenPoint(regionId).orElseThrow();
        return map().layer().localToScreen(local);
    }

    protected void clickRegion(String regionId) {
        clickOn(screenPointOf(regionId));
        settle();
    }

    /**
     * The colour drawn inside a region, read from a snapshot of the map: 11 px below its label point, which
     * is inside the region's largest inscribed circle but clear of the label's own text.
     */
    protected Color pixelAt(String regionId) {
        return pixelAt(regionId, 11);
    }

    /** The colour drawn {@code below} pixels under a region's label point. */
    protected Color pixelAt(String regionId, double below) {
        settle();
        Point2D label = map().layer().screenPoint(regionId).orElseThrow().add(0, below);
        Point2D inMap = map().sceneToLocal(map().layer().localToScene(label));
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> map().snapshot(null, null)));
        return image.getPixelReader().getColor((int) Math.round(inMap.getX()), (int) Math.round(inMap.getY()));
    }

    /** The regions drawn under the map's legend, sampled every 4 pixels. */
    protected List<String> regionsUnderLegend() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Region legend = lookup("#map-legend").query();
            Bounds box = legend.localToScene(legend.getLayoutBounds());
            Set<String> under = new TreeSet<>();
            for (double x = box.getMinX(); x <= box.getMaxX(); x += 4) {
                for (double y = box.getMinY(); y <= box.getMaxY(); y += 4) {
                    String id = map().layer().regionAt(map().layer().sceneToLocal(x, y));
                    if (id != null) {
                        under.add(id);
                    }
                }
            }
            return List.copyOf(under);
        }));
    }

    /** The names on the map that the attribution along its bottom edge lies over. */
    protected List<String> namesUnderAttribution() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Node attribution = lookup(".map-attribution").query();
            Bounds credit = attribution.localToScene(attribution.getLayoutBounds());
            return shownLabelTexts().stream()
                    .filter(t -> t.localToScene(t.getLayoutBounds()).intersects(credit))
                    .map(Text::getText).toList();
        }));
    }

    /**
     * The texts drawn over the map (names and counts, not their halos) of the labels shown: a label left
     * out for want of room is made invisible, an empty count transparent. FX thread.
     */
    protected List<Text> shownLabelTexts() {
        return lookup(".map-label").queryAll().stream()
                .filter(n -> n instanceof Text && !n.getStyleClass().contains("map-label-halo"))
                .filter(n -> n.isVisible() && n.getParent().isVisible() && n.getParent().getParent().isVisible()
                        && n.getParent().getOpacity() > 0)
                .map(Text.class::cast).toList();
    }

    protected void onFx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }

    protected <T extends Node> T node(String query, Class<T> type) {
        return lookup(query).queryAs(type);
    }

    static {
        Platform.setImplicitExit(false);
    }
}
