package org.priorityatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Gluon Maps tiles drawn locally by {@link BasemapTileRenderer}, never from the network. Registered in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}.
 *
 * <p>Futures always complete normally: Gluon Maps calls {@code getNow()} during layout, and a failed
 * future would throw there and take the application down, so a failure yields a sea-coloured tile.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static final Logger LOG = Logger.getLogger(OfflineTileRetriever.class.getName());
    private static final int CACHE_TILES = 256;
    private static final int SIZE = BasemapTileRenderer.TILE_SIZE;

    /** Source of tile pixels; the test injects a failing one. */
    @FunctionalInterface
    interface Renderer {
        BufferedImage render(int zoom, long x, long y);
    }

    /** Created on first use in a worker thread: it parses the geodata, which must not block the FX thread. */
    private static final class Shared {
        static final BasemapTileRenderer RENDERER = new BasemapTileRenderer();
    }

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, new ThreadFactory());

    private final Renderer renderer;
    /** Completed or in-flight tiles, least recently used first; a tile is drawn once even if asked twice. */
    private final Map<String, CompletableFuture<Image>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Image>> eldest) {
            return size() > CACHE_TILES;
        }
    };

    /** The instance {@link java.util.ServiceLoader} creates. */
    public OfflineTileRetriever() {
        this((zoom, x, y) -> Shared.RENDERER.render(zoom, x, y));
    }

    OfflineTileRetriever(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        String key = zoom + "/" + i + "/" + j;
        synchronized (cache) {
            CompletableFuture<Image> tile = cache.get(key);
            if (tile == null) {
                tile = render(zoom, i, j);
                cache.put(key, tile);
            }
            return tile;
        }
    }

    private CompletableFuture<Image> render(int zoom, long i, long j) {
        try {
            return CompletableFuture.<Image>supplyAsync(() -> toFxImage(renderer.render(zoom, i, j)), EXECUTOR)
                    .exceptionally(e -> placeholder(zoom, i, j, e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(placeholder(zoom, i, j, e));
        }
    }

    private Image placeholder(int zoom, long i, long j, Throwable e) {
        LOG.log(Level.WARNING, "basemap tile " + zoom + "/" + i + "/" + j + " failed; showing plain sea", e);
        synchronized (cache) {
            // Let a later request try again rather than keep the placeholder.
            cache.remove(zoom + "/" + i + "/" + j);
        }
        return Placeholder.IMAGE;
    }

    /** Java2D to JavaFX without the FX thread: copy the premultiplied ARGB pixels through a PixelWriter. */
    static WritableImage toFxImage(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("expected TYPE_INT_ARGB_PRE, got " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return fx;
    }

    private static final class Placeholder {
        static final Image IMAGE = sea();

        private static Image sea() {
            int[] pixels = new int[SIZE * SIZE];
            Arrays.fill(pixels, BasemapTileRenderer.SEA.getRGB());
            WritableImage fx = new WritableImage(SIZE, SIZE);
            fx.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), pixels, 0, SIZE);
            return fx;
        }
    }

    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "basemap-tiles-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
