package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorityatlas.testing.Fx;

/** The map picture's tiles: each shows its part of the picture, and a new picture never touches the one shown. */
class TiledPictureTest {
    private static final int OPAQUE = 0xFF000000;
    /** 3 x 3 tiles with part-tiles on the right and at the bottom. */
    private static final int WIDTH = 2 * TiledPicture.TILE_PX + 90;
    private static final int HEIGHT = 2 * TiledPicture.TILE_PX + 17;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        Fx.start();
    }

    @Test
    void aNewPictureGoesIntoOtherImagesAndLeavesTheShownOnesAsTheyWere() throws Exception {
        TiledPicture tiles = Fx.call(() -> new TiledPicture(WIDTH, HEIGHT, 1));
        int[] first = picture(0);
        int[] second = picture(7);
        List<Image> shownFirst = showAll(tiles, first);
        List<Image> shownSecond = showAll(tiles, second);
        assertEquals(9, shownFirst.size());
        assertNewImagesHoldTheNewPicture(tiles, first, shownFirst, second, shownSecond);
    }

    @Test
    void secondImagesMadeAheadAreShownHoldingThePictureAndTheNextGoesIntoTheFirstOnes() throws Exception {
        TiledPicture tiles = Fx.call(() -> new TiledPicture(WIDTH, HEIGHT, 1));
        int[] first = picture(0);
        int[] second = picture(5);
        List<Image> shownFirst = showAll(tiles, first);
        assertFalse(Fx.call(tiles::hasSecondImages), "made only when asked");
        tiles.prepareSecondImages(Runnable::run).get(30, TimeUnit.SECONDS);
        assertTrue(Fx.call(tiles::hasSecondImages));
        List<Image> shownAhead = Fx.call(() -> images(tiles));
        // The renderer makes their textures in the next frame, which looks as the last one did.
        assertNewImagesHoldTheNewPicture(tiles, first, shownFirst, first, shownAhead);
        List<Image> shownSecond = showAll(tiles, second);
        assertNewImagesHoldTheNewPicture(tiles, first, shownAhead, second, shownSecond);
        for (int i = 0; i < shownFirst.size(); i++) {
            assertSame(shownFirst.get(i), shownSecond.get(i), "tile " + i + " is back on its first image");
        }
    }

    /** Shows {@code picture} in every tile; the images then on screen. */
    private static List<Image> showAll(TiledPicture tiles, int[] picture) throws Exception {
        return Fx.call(() -> {
            tiles.show(picture, null);
            return images(tiles);
        });
    }

    /**
     * Every tile shows another image than before, and what the renderer may still be drawing from is
     * untouched: the old images hold the old picture, the new ones the new picture.
     */
    private static void assertNewImagesHoldTheNewPicture(TiledPicture tiles, int[] first, List<Image> shownFirst,
                                                         int[] second, List<Image> shownSecond) {
        for (int i = 0; i < shownFirst.size(); i++) {
            ImageView view = (ImageView) tiles.node().getChildren().get(i);
            assertNotSame(shownFirst.get(i), shownSecond.get(i), "tile " + i + " shows another image");
            assertShows(first, shownFirst.get(i), view);
            assertShows(second, shownSecond.get(i), view);
        }
    }

    @Test
    void aRecolourRefreshesOnlyTheTilesItTouched() throws Exception {
        TiledPicture tiles = Fx.call(() -> new TiledPicture(WIDTH, HEIGHT, 1));
        List<Image> before = showAll(tiles, picture(0));
        TiledPicture.Touched touched = new TiledPicture.Touched(HEIGHT);
        // A pixel in the middle tile (column 1, row 1), away from the overlap rows and columns.
        int middle = TiledPicture.TILE_PX + 40;
        touched.add(middle, TiledPicture.Touched.columns(middle, middle));
        List<Image> after = Fx.call(() -> {
            tiles.show(picture(3), touched);
            return images(tiles);
        });
        for (int i = 0; i < before.size(); i++) {
            assertEquals(i == 4, before.get(i) != after.get(i), "tile " + i + " replaced");
        }
    }

    private static void assertShows(int[] picture, Image image, Node view) {
        int x0 = (int) view.getLayoutX();
        int y0 = (int) view.getLayoutY();
        var reader = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int expected = picture[(y0 + y) * WIDTH + x0 + x];
                assertEquals(expected, reader.getArgb(x, y), "at " + (x0 + x) + "," + (y0 + y));
            }
        }
    }

    private static List<Image> images(TiledPicture tiles) {
        List<Image> images = new ArrayList<>();
        for (Node n : tiles.node().getChildren()) {
            images.add(((ImageView) n).getImage());
        }
        return images;
    }

    /** A different opaque colour for every pixel, shifted by {@code seed}. */
    private static int[] picture(int seed) {
        int[] p = new int[WIDTH * HEIGHT];
        for (int i = 0; i < p.length; i++) {
            p[i] = OPAQUE | (i * 31 + seed) & 0xFFFFFF;
        }
        return p;
    }
}
