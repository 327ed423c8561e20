package org.priorityatlas.map;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The composed map picture on screen as a grid of tiles, each its own image. A recolour then hands the
 * renderer only the tiles whose pixels changed: a software renderer paints and uploads just their area, not
 * the whole map (switching sectors changes a fifth of the tiles on average). Each tile overlaps its right
 * and lower neighbours by one pixel, so no seam opens where tile edges fall between device pixels (screen
 * scales such as 1.25). Built off the FX thread for the first picture; shown from the FX thread only.
 */
final class TiledPicture {
    /** Device pixels per tile side: 30 tiles for a 1920×1080 window; smaller tiles gained little (estimate). */
    static final int TILE_PX = 256;

    private final Group node = new Group();
    private final int width;
    private final int height;
    private final double pixelScale;
    private final Tile[] tiles;
    private final int columns;
    /** The tiles' second images being made or made ahead, once asked for. */
    private CompletableFuture<Void> secondImages;

    /** A grid for a picture of {@code width × height} device pixels shown at {@code pixelScale}. */
    TiledPicture(int width, int height, double pixelScale) {
        this.width = width;
        this.height = height;
        this.pixelScale = pixelScale;
        this.columns = (width + TILE_PX - 1) / TILE_PX;
        int rows = (height + TILE_PX - 1) / TILE_PX;
        tiles = new Tile[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Tile t = new Tile(c * TILE_PX, r * TILE_PX, width, height, pixelScale);
                tiles[r * columns + c] = t;
                node.getChildren().add(t.view);
            }
        }
    }

    Group node() {
        return node;
    }

    boolean fits(int w, int h, double scale) {
        return width == w && height == h && pixelScale == scale;
    }

    /**
     * Copies the tiles {@code touched} marks from {@code pixels} (the whole picture, row by row) into their
     * images; null touched means every tile.
     */
    void show(int[] pixels, Touched touched) {
        // The marks have a bit per column of tiles: a picture wider than 64 tiles (16,384 pixels) copies all.
        boolean all = touched == null || columns > Long.SIZE;
        for (Tile t : tiles) {
            if (all || touched.any(t.x0, t.y0, t.width, t.height)) {
                t.copyFrom(pixels, width);
            }
        }
    }

    /**
     * Makes every tile's second image on {@code background} and hands them to the tiles on the FX thread,
     * so that the first change after a picture is first shown need not make them: they made the first
     * recolour's layout pass 16 ms longer (20 images of 257×257 pixels, made cold), its frame 40-58 ms
     * against 24-40 ms with them made ahead (3 interleaved pairs). A tile that has made its second image by
     * then keeps it; if this fails, tiles still make their own when first needed. A tile showing a picture
     * then shows it from its new image ({@link Tile#adopt}). Asked again, it does nothing more. Completes once
     * the tiles have them. FX thread.
     */
    CompletableFuture<Void> prepareSecondImages(Executor background) {
        if (secondImages == null) {
            secondImages = CompletableFuture.supplyAsync(this::newSides, background).thenAcceptAsync(sides -> {
                for (int i = 0; i < tiles.length; i++) {
                    tiles[i].adopt(sides[i]);
                }
            }, Platform::runLater);
        }
        return secondImages;
    }

    private Tile.Side[] newSides() {
        return Arrays.stream(tiles).map(Tile::newSide).toArray(Tile.Side[]::new);
    }

    /** Whether every tile has both its images. */
    boolean hasSecondImages() {
        return Arrays.stream(tiles).allMatch(t -> t.sides[1] != null);
    }

    /**
     * One tile: two images, each with its pixels shared with the renderer through a pixel buffer. New pixels
     * go into the image not on screen, which then replaces the other. The renderer may still be drawing the
     * previous frame while the next pulse's layout writes the tiles (a wheel zoom's frames overlap): with one
     * image per tile it drew some tiles of that frame from the new pixels, a picture torn along tile edges
     * (3 of 7 screenshots taken during a wheel zoom at 125 %; none of 11 with two images).
     */
    private static final class Tile {
        final int x0;
        final int y0;
        final int width;
        final int height;
        private final Side[] sides = new Side[2];
        final ImageView view;
        private int shown;
        /** Whether a picture has been copied in: until then no frame has drawn the tile. */
        private boolean copied;

        /** One of a tile's two images and its pixels. */
        private record Side(int[] pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) {
            static Side of(int width, int height) {
                int[] pixels = new int[width * height];
                PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                        PixelFormat.getIntArgbPreInstance());
                return new Side(pixels, buffer, new WritableImage(buffer));
            }
        }

        Tile(int x0, int y0, int pictureWidth, int pictureHeight, double pixelScale) {
            this.x0 = x0;
            this.y0 = y0;
            // One pixel into the neighbours' area where there is one: see the class comment.
            this.width = Math.min(TILE_PX + 1, pictureWidth - x0);
            this.height = Math.min(TILE_PX + 1, pictureHeight - y0);
            // The other image is made later (prepareSecondImages) or when first needed: the first picture
            // goes into this one, which no frame has drawn yet (start-up was 60 ms slower with both made here).
            sides[0] = newSide();
            view = new ImageView(sides[shown].image());
            view.setSmooth(false);
            view.setLayoutX(x0 / pixelScale);
            view.setLayoutY(y0 / pixelScale);
            view.setFitWidth(width / pixelScale);
            view.setFitHeight(height / pixelScale);
        }

        Side newSide() {
            return Side.of(width, height);
        }

        /**
         * Takes {@code side} as the second image unless the tile has made one itself. A tile already showing a
         * picture copies it into the new image and shows that: the next frame looks the same, and the renderer
         * makes the new image's texture then, at idle. Otherwise the first frame to show it made it: the first
         * zoom step after start-up showed 20 of the 30 tiles' second images for the first time, and its
         * painting took 10-15 ms against 3-5 ms for later steps; 5-9 ms with this (pulse logger, 5 runs each).
         */
        void adopt(Side side) {
            if (sides[1] != null) {
                return;
            }
            sides[1] = side;
            if (copied) {
                int[] current = sides[shown].pixels();
                System.arraycopy(current, 0, side.pixels(), 0, current.length);
                showSide(1);
            }
        }

        void copyFrom(int[] picture, int pictureWidth) {
            int target = copied ? 1 - shown : shown;
            if (sides[target] == null) {
                sides[target] = newSide();
            }
            Side next = sides[target];
            for (int y = 0; y < height; y++) {
                System.arraycopy(picture, (y0 + y) * pictureWidth + x0, next.pixels(), y * width, width);
            }
            showSide(target);
            copied = true;
        }

        /** Has the renderer take side {@code target}'s pixels as they now are, and shows it. */
        private void showSide(int target) {
            sides[target].buffer().updateBuffer(b -> null);
            view.setImage(sides[target].image());
            shown = target;
        }
    }

    /**
     * Which tiles a compose wrote pixels into: per picture row, a bit for each column of tiles. Rows are
     * written by two threads, never the same row by both.
     */
    static final class Touched {
        private final long[] rows;

        Touched(int height) {
            rows = new long[height];
        }

        void clear() {
            Arrays.fill(rows, 0);
        }

        /** The columns of tiles that hold picture columns {@code x0} to {@code x1} (inclusive), as bits. */
        static long columns(int x0, int x1) {
            // A pixel on a tile's left edge is also the overlap pixel of the tile to its left.
            int from = Math.max(0, x0 - 1) / TILE_PX;
            int to = x1 / TILE_PX;
            return (-1L >>> (63 - to + from)) << from;
        }

        /** Records that row {@code y} was written in the columns of tiles {@code columns} marks. */
        void add(int y, long columns) {
            rows[y] |= columns;
        }

        /** Whether anything was written in the rectangle (its left edge on a tile boundary). */
        boolean any(int x, int y, int w, int h) {
            long bit = 1L << (x / TILE_PX);
            for (int row = y; row < y + h; row++) {
                if ((rows[row] & bit) != 0) {
                    return true;
                }
            }
            return false;
        }

    }
}
