package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.RegionOutline;
import org.priorityatlas.testing.Fx;

/**
 * The map picture as the window shows it: after recolours, which write only the changed regions and copy only
 * the tiles they touched, the tiles hold what composing the whole picture anew gives.
 */
class MapRasterTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final ProjectedGeodata GEO = ProjectedGeodata.bundled();
    private static final List<String> IDS = GEO.regions().stream().map(RegionOutline::id).toList();
    private static final RasterRenderer RENDERER = new RasterRenderer(GEO, POOL, 2);
    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    private static final double ZOOM = ChinaExtent.fitZoom(WIDTH, HEIGHT);
    private static final double TX = WIDTH / 2.0 - ChinaExtent.centreX() * Math.pow(2, ZOOM);
    private static final double TY = HEIGHT / 2.0 - ChinaExtent.centreY() * Math.pow(2, ZOOM);

    @BeforeAll
    static void toolkit() throws InterruptedException {
        Fx.start();
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void aRecolouredPictureShowsInItsTilesWhatComposingAnewGives() throws Exception {
        MapRaster raster = sharpRaster();
        Fx.run(raster::makeReadyForChanges);
        RasterView view = MapRaster.wanted(ZOOM, TX, TY, WIDTH, HEIGHT, 1);
        RasterFrame frame = RENDERER.render(view, null);
        // One change per layout, as a click gives; then two before a layout.
        for (List<Integer> changes : List.of(List.of(1), List.of(2), List.of(3, 4))) {
            int[] shown = Fx.call(() -> {
                changes.forEach(k -> raster.setPalette(palette(k)));
                layout(raster);
                return pixels(raster, view);
            });
            int[] anew = new int[view.pixels()];
            new RasterComposer(Runnable::run).compose(frame, palette(changes.get(changes.size() - 1)), view, anew,
                    null, null, null);
            assertArrayEquals(anew, shown, "after palettes " + changes);
        }
    }

    /**
     * The first pan or zoom to need a new picture allocated its frame (11 MB in the window), which set off two
     * collections within that step. The frame is made once the window has settled, and that drawing uses it.
     */
    @Test
    void theFirstNewPictureDrawsIntoAFrameMadeWhileTheWindowSettled() throws Exception {
        MapRaster raster = sharpRaster();
        RasterFrame first = Fx.call(raster::sourceFrame);
        Fx.run(raster::makeReadyForChanges);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Fx.call(raster::spareFrame) == null) {
            assertTrue(System.nanoTime() < until, "a spare frame is made");
            Thread.sleep(20);
        }
        RasterFrame spare = Fx.call(raster::spareFrame);
        assertNotSame(first, spare);
        assertEquals(List.of(first.width(), first.height()), List.of(spare.width(), spare.height()));
        // Panned by more than the picture's margin: a new picture is drawn.
        showSharp(raster, TX + WIDTH / 2.0);
        assertSame(spare, Fx.call(raster::sourceFrame), "the new picture is drawn into the spare frame");
    }

    /** A map picture in palette 0, its sharp picture shown. */
    private static MapRaster sharpRaster() throws Exception {
        MapRaster raster = new MapRaster(RENDERER, new RasterComposer(Executors.newSingleThreadExecutor()),
                Executors.newSingleThreadExecutor());
        Fx.run(() -> raster.setPalette(palette(0)));
        showSharp(raster);
        return raster;
    }

    /** Lays the picture out until the sharp picture for the view is shown (it is drawn on a worker). */
    private static void showSharp(MapRaster raster) throws Exception {
        showSharp(raster, TX);
    }

    private static void showSharp(MapRaster raster, double tx) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Fx.call(() -> {
            raster.layout(ZOOM, tx, TY, WIDTH, HEIGHT, 1);
            return raster.isSharp();
        })) {
            assertTrue(System.nanoTime() < until, "the sharp picture is shown");
            Thread.sleep(20);
        }
    }

    private static void layout(MapRaster raster) {
        raster.layout(ZOOM, TX, TY, WIDTH, HEIGHT, 1);
    }

    /** A palette that gives each region a colour of its own, different for each {@code k}. */
    private static RasterPalette palette(int k) {
        double[] opacity = new double[IDS.size()];
        Arrays.fill(opacity, 1);
        RasterPalette base = RasterPalette.of(IDS, null, opacity);
        int[] fill = base.fill().clone();
        for (int i = 1; i < fill.length; i++) {
            // A third of the regions change colour at each step, as switching sectors does.
            fill[i] = 0xFF000000 | ((i + k * (i % 3 == k % 3 ? 1 : 0)) * 0x0B0703 & 0xFFFFFF);
        }
        return new RasterPalette(fill, base.hatched(), base.alpha(), base.hatchLine(), base.border());
    }

    /** The picture as its tiles show it. */
    private static int[] pixels(MapRaster raster, RasterView view) {
        int[] out = new int[view.pixels()];
        Group tiles = (Group) raster.node().getChildren().get(0);
        for (Node n : tiles.getChildren()) {
            ImageView tile = (ImageView) n;
            int x0 = (int) tile.getLayoutX();
            int y0 = (int) tile.getLayoutY();
            int w = (int) Math.min(tile.getImage().getWidth(), view.width() - x0);
            int h = (int) Math.min(tile.getImage().getHeight(), view.height() - y0);
            tile.getImage().getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), out,
                    y0 * view.width() + x0, view.width());
        }
        return out;
    }
}
