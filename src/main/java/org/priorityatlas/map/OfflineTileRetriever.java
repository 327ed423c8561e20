package org.priorityatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The tile source Gluon Maps loads through {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}.
 * Without one, Gluon falls back to fetching OpenStreetMap tiles over the network. The atlas hides Gluon's
 * base map and draws its own ({@link RegionLayer}), so every tile is the same plain sea-coloured image,
 * completed at once: nothing is drawn twice, nothing is fetched, and (as Gluon requires) no future fails.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static final int SIZE = 256;

    private static final class Sea {
        static final CompletableFuture<Image> TILE = CompletableFuture.completedFuture(image());

        private static Image image() {
            int[] pixels = new int[SIZE * SIZE];
            Arrays.fill(pixels, 0xFF000000 | Palette.rgb(Palette.SEA));
            WritableImage fx = new WritableImage(SIZE, SIZE);
            fx.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), pixels, 0, SIZE);
            return fx;
        }
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return Sea.TILE;
    }
}
