package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map picture's tiles: what a zoom step writes into them row by row is what they show. */
class TiledPictureTest {
    private static final int OPAQUE = 0xFF000000;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        ready.await(30, TimeUnit.SECONDS);
    }

    @Test
    void rowsWrittenFromTwoThreadsFillEveryTileIncludingTheOverlapRowsAndColumns() throws InterruptedException {
        // 3 x 3 tiles with part-tiles on the right and at the bottom; rows on tile boundaries belong to two tiles.
        int width = 2 * TiledPicture.TILE_PX + 90;
        int height = 2 * TiledPicture.TILE_PX + 17;
        TiledPicture picture = new TiledPicture(width, height, 1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        var lower = other.submit(() -> putRows(picture, width, height / 2, height));
        putRows(picture, width, 0, height / 2);
        try {
            lower.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            other.shutdown();
        }
        assertEquals(9, picture.node().getChildren().size());
        for (Node node : picture.node().getChildren()) {
            ImageView tile = (ImageView) node;
            int x0 = (int) tile.getLayoutX();
            int y0 = (int) tile.getLayoutY();
            PixelReader pixels = tile.getImage().getPixelReader();
            int w = (int) tile.getImage().getWidth();
            int h = (int) tile.getImage().getHeight();
            assertEquals(Math.min(TiledPicture.TILE_PX + 1, width - x0), w, "tile width at " + x0);
            assertEquals(Math.min(TiledPicture.TILE_PX + 1, height - y0), h, "tile height at " + y0);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(pixel(x0 + x, y0 + y, width), pixels.getArgb(x, y), "at " + (x0 + x) + "," + (y0 + y));
                }
            }
        }
    }

    private static void putRows(TiledPicture picture, int width, int y0, int y1) {
        int[] row = new int[width];
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = pixel(x, y, width);
            }
            picture.putRow(y, row);
        }
    }

    /** A different opaque colour for every picture pixel. */
    private static int pixel(int x, int y, int width) {
        return OPAQUE | (y * width + x);
    }
}
