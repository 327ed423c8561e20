package org.priorityatlas.map;

import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.IntBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The map's basemap and region fills as one picture, kept in step with the view. Drawing a view's paths
 * ({@link RasterRenderer}) happens on a worker thread; what the FX thread does per frame is cheap:
 * <ul>
 *   <li>pan: the picture, a margin wider than the window, moves by whole pixels; when the window nears its
 *   edge, a picture around the new view is drawn in the background and swapped in;</li>
 *   <li>zoom: the last sharp picture is resampled to the new zoom at once (nearest pixel) and a sharp one
 *   is drawn in the background;</li>
 *   <li>colours: the picture is composed again from the frame's layers ({@link RasterComposer}).</li>
 * </ul>
 * Composing happens only in the layout pass, at most once per pulse, into the one of two buffers the
 * renderer is not showing. FX thread only, apart from the worker.
 */
final class MapRaster {
    /** Drawn beyond each side of the window, in device pixels, so panning has something to show. */
    private static final int MARGIN_PX = 64;
    /** A new picture is drawn when the window comes this close to the picture's edge. */
    private static final int RECENTRE_PX = 24;
    /** How long the zoom must hold before a sharp picture is drawn: about a frame. */
    private static final long ZOOM_SETTLE_NANOS = 15_000_000;

    private final ImageView view = new ImageView();
    private final RasterRenderer renderer;
    private final RasterComposer composer;
    private final ExecutorService worker;
    private final Buffer[] buffers = new Buffer[2];
    private int back;
    private RasterFrame source;
    private RasterFrame spare;
    private RasterFrame arrived;
    private boolean rendering;
    private RasterView shown;
    private RasterPalette palette;
    private boolean paletteChanged;
    private RasterView current;
    private Runnable onChange = () -> { };
    private long sharpFrames;
    private long zoomedAt;
    private boolean recheckQueued;

    MapRaster(RasterRenderer renderer, RasterComposer composer, ExecutorService worker) {
        this.renderer = renderer;
        this.composer = composer;
        this.worker = worker;
        view.setSmooth(false);
        view.getStyleClass().add("map-raster");
    }

    static MapRaster create(RasterRenderer renderer) {
        ExecutorService compose = Executors.newSingleThreadExecutor(r -> daemon(r, "map-compose"));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "map-raster"));
        return new MapRaster(renderer, new RasterComposer(compose), worker);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    ImageView node() {
        return view;
    }

    /** Called when the picture needs a layout pass (a frame arrived): the owner marks itself dirty. */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    void setPalette(RasterPalette palette) {
        this.palette = palette;
        paletteChanged = true;
    }

    /**
     * Brings the picture up to date for the view: zoom, the world-to-layer translation (tx, ty) of the
     * map, the window's size in layout pixels and the screen's pixel scale.
     */
    void layout(double zoom, double tx, double ty, double width, double height, double pixelScale) {
        if (width <= 0 || height <= 0 || palette == null) {
            return;
        }
        current = wanted(zoom, tx, ty, width, height, pixelScale);
        if (arrived != null) {
            spare = source;
            source = arrived;
            arrived = null;
            paletteChanged = true;
        }
        if (source == null) {
            request(current);
            return;
        }
        boolean sameZoom = source.view().zoom() == zoom && source.view().pixelScale() == pixelScale;
        if (sameZoom) {
            if (!source.view().equals(shown) || paletteChanged) {
                show(source.view(), true);
            }
            if (nearEdge(source.view(), current)) {
                request(current);
            }
        } else {
            // The same zoom as shown: only the translation changed, and the picture moves.
            if (shown == null || shown.zoom() != zoom) {
                zoomedAt = System.nanoTime();
                show(current, false);
            } else if (paletteChanged) {
                show(current, false);
            }
            // While the zoom moves (an animation, a wheel), the cores go to the resampled frames; the sharp
            // picture is drawn once the zoom has held for a frame.
            if (System.nanoTime() - zoomedAt < ZOOM_SETTLE_NANOS) {
                askAgainAfterPulse();
            } else {
                request(current);
            }
        }
        place(tx, ty);
    }

    /**
     * Starts drawing the picture a first layout is expected to ask for, before there is a layout (start-up
     * draws it while the window's views are still being built). {@code slack} extra layout pixels on each
     * side absorb a translation that differs a little from the guess; a different zoom only wastes the work.
     */
    void prime(double zoom, double tx, double ty, double width, double height, double pixelScale, int slack) {
        if (source == null && !rendering && width > 0 && height > 0) {
            int extra = (int) Math.round(slack * pixelScale);
            RasterView view = wanted(zoom, tx, ty, width, height, pixelScale);
            request(new RasterView(zoom, view.originX() - extra, view.originY() - extra, view.width() + 2 * extra,
                    view.height() + 2 * extra, pixelScale));
        }
    }

    private static RasterView wanted(double zoom, double tx, double ty, double width, double height, double ps) {
        int margin = (int) Math.round(MARGIN_PX * ps);
        return new RasterView(zoom, (int) Math.floor(-tx * ps) - margin, (int) Math.floor(-ty * ps) - margin,
                (int) Math.ceil(width * ps) + 2 * margin, (int) Math.ceil(height * ps) + 2 * margin, ps);
    }

    /** Whether the window (inside {@code wanted}'s margin) comes close to the edge of {@code drawn}. */
    private static boolean nearEdge(RasterView drawn, RasterView wanted) {
        int margin = (int) Math.round(MARGIN_PX * wanted.pixelScale());
        int reach = (int) Math.round(RECENTRE_PX * wanted.pixelScale());
        int left = wanted.originX() + margin - drawn.originX();
        int top = wanted.originY() + margin - drawn.originY();
        int right = drawn.originX() + drawn.width() - (wanted.originX() + wanted.width() - margin);
        int bottom = drawn.originY() + drawn.height() - (wanted.originY() + wanted.height() - margin);
        return Math.min(Math.min(left, top), Math.min(right, bottom)) < reach;
    }

    /** Composes {@code target} from the source frame into the back buffer and shows it. */
    private void show(RasterView target, boolean sharp) {
        Buffer buffer = buffers[back];
        if (buffer == null || buffer.width != target.width() || buffer.height != target.height()) {
            buffer = new Buffer(target.width(), target.height());
            buffers[back] = buffer;
        }
        composer.compose(source, palette, target, buffer.pixels, buffer.paletteFor(source, target));
        buffer.composed(source, target, palette);
        buffer.pixelBuffer.updateBuffer(b -> null);
        view.setImage(buffer.image);
        view.setFitWidth(target.width() / target.pixelScale());
        view.setFitHeight(target.height() / target.pixelScale());
        back = 1 - back;
        shown = target;
        paletteChanged = false;
        if (sharp) {
            sharpFrames++;
        }
    }

    private void place(double tx, double ty) {
        double ps = shown.pixelScale();
        view.setLayoutX(shown.originX() / ps + tx);
        view.setLayoutY(shown.originY() / ps + ty);
    }

    /** A layout pass cannot ask for another; this runs after the pulse, so the next one looks again. */
    private void askAgainAfterPulse() {
        if (!recheckQueued) {
            recheckQueued = true;
            Platform.runLater(() -> {
                recheckQueued = false;
                onChange.run();
            });
        }
    }

    /** Draws {@code target} in the background unless a drawing is under way (its arrival asks again). */
    private void request(RasterView target) {
        if (rendering) {
            return;
        }
        rendering = true;
        RasterFrame reuse = spare;
        spare = null;
        boolean first = buffers[0] == null && buffers[1] == null;
        worker.execute(() -> {
            RasterFrame frame;
            Buffer shownIn;
            try {
                frame = renderer.render(target, reuse);
                // The first picture's buffer and image, made here: on a cold JVM that took the FX thread
                // 50 ms of the first map frame's layout pass.
                shownIn = first ? new Buffer(target.width(), target.height()) : null;
            } catch (RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> rendering = false);
                throw e;
            }
            Platform.runLater(() -> {
                rendering = false;
                arrived = frame;
                if (shownIn != null && buffers[back] == null) {
                    buffers[back] = shownIn;
                }
                onChange.run();
            });
        });
    }

    /** The region index (1-based, geodata order) under layer point (x, y) as now drawn, 0 for none. */
    int regionAt(double x, double y) {
        if (source == null || shown == null) {
            return 0;
        }
        RasterView s = source.view();
        double ps = shown.pixelScale();
        // Layer point -> world pixel at zoom 0 -> source frame pixel.
        double worldX = ((x - view.getLayoutX()) * ps + shown.originX()) / shown.scale();
        double worldY = ((y - view.getLayoutY()) * ps + shown.originY()) / shown.scale();
        return source.idAt((int) Math.floor(worldX * s.scale() - s.originX()),
                (int) Math.floor(worldY * s.scale() - s.originY()));
    }

    /** Whether the picture shows the current view from a frame drawn at its zoom, with nothing pending. */
    boolean isSharp() {
        return source != null && shown != null && current != null && !rendering && arrived == null
                && source.view().zoom() == current.zoom() && shown.equals(source.view());
    }

    /** How many sharp pictures have been shown (for benchmarks). */
    long sharpFrames() {
        return sharpFrames;
    }

    /** Which outlines the shown picture was drawn from. */
    org.priorityatlas.geo.Detail detail() {
        return source == null ? null : source.detail();
    }

    /** A displayed picture: the pixels composed into, shared with the image the renderer reads. */
    private static final class Buffer {
        final int width;
        final int height;
        final int[] pixels;
        final PixelBuffer<IntBuffer> pixelBuffer;
        final WritableImage image;
        private RasterFrame frame;
        private long generation;
        private RasterView view;
        private RasterPalette palette;

        /**
         * The colours the buffer holds {@code source}'s current drawing in, composed for {@code target}; null
         * when it holds something else.
         */
        RasterPalette paletteFor(RasterFrame source, RasterView target) {
            boolean holds = source == frame && source.generation() == generation && target.equals(view)
                    && RasterComposer.sameZoom(source, target);
            return holds ? palette : null;
        }

        void composed(RasterFrame source, RasterView target, RasterPalette colours) {
            frame = source;
            generation = source.generation();
            view = target;
            palette = colours;
        }

        Buffer(int width, int height) {
            this.width = width;
            this.height = height;
            pixels = new int[width * height];
            pixelBuffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixelBuffer);
        }
    }
}
