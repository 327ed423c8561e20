package org.priorityatlas.map;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.util.Duration;

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
 *   <li>colours: the picture is composed again from the frame's layers ({@link RasterComposer}), only
 *   where a region's colour changed, and only the tiles holding such pixels are shown again
 *   ({@link TiledPicture}).</li>
 * </ul>
 * Composing happens only in the layout pass, at most once per pulse. FX thread only, apart from the worker.
 */
final class MapRaster {
    /** Drawn beyond each side of the window, in device pixels, so panning has something to show. */
    private static final int MARGIN_PX = 64;
    /** A new picture is drawn when the window comes this close to the picture's edge. */
    private static final int RECENTRE_PX = 24;
    /**
     * How long the zoom must hold before a sharp picture is drawn. At 15 ms (about a frame) a zoom step's
     * frame reached the window late while the sharp picture was drawn on both cores and laid out behind it:
     * zoom p95 33-48 against 25-26 ms at 100 ms (2 interleaved pairs, timed to the window).
     */
    private static final long ZOOM_SETTLE_NANOS = 100_000_000;

    /** Holds the current tile grid; the same node for the map's life (a new grid replaces its child). */
    private final Group view = new Group();
    private final RasterRenderer renderer;
    private final RasterComposer composer;
    private final ExecutorService worker;
    private Composed composed;
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
    private boolean readyForChanges;
    /** The source frame in the current colours, for zoom steps; null while (re)coloured or not yet asked. */
    private ColouredFrame coloured;
    private int[] colouredPixels;
    private boolean colouring;
    /** Whether the zoom steps' code has been run once ahead ({@link RasterComposer#rehearseZoom}). */
    private boolean zoomRehearsed;
    /** Colours the frame ahead once the picture has held still this long: not in the frames of a change. */
    private final PauseTransition colourWhenStill = new PauseTransition(Duration.millis(50));

    MapRaster(RasterRenderer renderer, RasterComposer composer, ExecutorService worker) {
        this.renderer = renderer;
        this.composer = composer;
        this.worker = worker;
        view.getStyleClass().add("map-raster");
        colourWhenStill.setOnFinished(e -> colourAhead());
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

    Group node() {
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
     * draws it while the window's views are still being built). A first layout whose translation differs a
     * little from the guess still uses it: the picture's margin absorbs up to {@code MARGIN_PX - RECENTRE_PX}.
     * It has exactly the size later pictures of the same window have, so that they reuse its buffers: a
     * bigger one left 40-50 MB of buffers in the old generation once the first pan replaced it.
     */
    void prime(double zoom, double tx, double ty, double width, double height, double pixelScale) {
        if (source == null && !rendering && width > 0 && height > 0) {
            request(wanted(zoom, tx, ty, width, height, pixelScale));
        }
    }

    /** The picture a layout asks for: the window and a margin around it, in device pixels. */
    static RasterView wanted(double zoom, double tx, double ty, double width, double height, double ps) {
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

    /** Composes {@code target} from the source frame and shows the tiles whose pixels changed. */
    private void show(RasterView target, boolean sharp) {
        Composed picture = composed;
        if (picture == null || !picture.fits(target)) {
            picture = new Composed(target);
            composed = picture;
        }
        if (view.getChildren().isEmpty() || view.getChildren().get(0) != picture.tiles.node()) {
            view.getChildren().setAll(picture.tiles.node());
        }
        picture.show(composer, source, palette, target, coloured);
        if (sharp && readyForChanges) {
            picture.tiles.prepareSecondImages(worker);
        }
        if (readyForChanges && (coloured == null || !coloured.holds(source, palette))) {
            colourWhenStill.playFromStart();
        }
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
        boolean first = composed == null;
        worker.execute(() -> {
            RasterFrame frame;
            Composed shownIn;
            try {
                frame = renderer.render(target, reuse);
                // The first picture's buffer and tiles, made here: on a cold JVM that took the FX thread
                // 50 ms of the first map frame's layout pass.
                shownIn = first ? new Composed(target) : null;
            } catch (RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> rendering = false);
                throw e;
            }
            Platform.runLater(() -> {
                rendering = false;
                arrived = frame;
                if (shownIn != null && composed == null) {
                    composed = shownIn;
                }
                onChange.run();
            });
        });
    }

    /**
     * From now on each picture, once shown sharp, has its tiles' second images made in the background (see
     * {@link TiledPicture#prepareSecondImages}), so that the first recolour, pan or zoom need not make them,
     * and the frame is coloured ahead for zoom steps ({@link #colourAhead}). For when the window has settled:
     * asked at the first picture, that work competed with the start-up's frames (window complete 1.29 ->
     * 1.41 s median, 5 interleaved pairs).
     */
    void makeReadyForChanges() {
        readyForChanges = true;
        if (composed != null) {
            composed.tiles.prepareSecondImages(worker);
        }
        colourWhenStill.playFromStart();
        makeSpareFrame();
    }

    /**
     * The second frame, which the first pan or zoom to need a new picture would otherwise allocate: 11 MB,
     * which in the window's 96 MB heap set off a promoting young collection and a full one (15-47 and 53-71
     * ms, GC log of the frame benchmark) within that pan or zoom. Made now, while the window is idle.
     */
    private void makeSpareFrame() {
        if (spare != null || source == null) {
            return;
        }
        int width = source.width();
        int height = source.height();
        worker.execute(() -> {
            RasterFrame frame = new RasterFrame(width, height);
            Platform.runLater(() -> {
                // A drawing under way took no spare and allocated its own; its arrival makes one.
                if (spare == null && !rendering) {
                    spare = frame;
                }
            });
        });
    }

    /** The frame the picture is composed from, and the one the next drawing will reuse (for tests). */
    RasterFrame sourceFrame() {
        return source;
    }

    RasterFrame spareFrame() {
        return spare;
    }

    /**
     * Colours the whole source frame in the current palette on the worker ({@link RasterComposer#colourFrame}),
     * so that a zoom step only gathers its rows instead of colouring them (its compose 3.3 against 4.3 ms p50;
     * zoom p50 / p95 13.6-14.7 / 17.8-18.9 against 15.3-19.1 / 22.1-27.8 ms, 4 quiet interleaved pairs; 6 MB).
     * The pixels are written only while no {@link ColouredFrame} refers to them, and handed to the FX thread
     * when done; a zoom step before then colours its rows as before.
     */
    private void colourAhead() {
        if (colouring || source == null || palette == null || (coloured != null && coloured.holds(source, palette))) {
            return;
        }
        RasterFrame frame = source;
        RasterPalette colours = palette;
        long generation = frame.generation();
        int size = frame.width() * frame.height();
        int[] pixels = colouredPixels != null && colouredPixels.length == size ? colouredPixels : new int[size];
        colouredPixels = pixels;
        coloured = null;
        colouring = true;
        boolean rehearse = !zoomRehearsed;
        zoomRehearsed = true;
        worker.execute(() -> {
            try {
                RasterComposer.colourFrame(frame, colours, pixels);
                if (rehearse) {
                    RasterComposer.rehearseZoom(frame, colours, pixels);
                }
                Platform.runLater(() -> coloured = new ColouredFrame(pixels, frame, generation, colours));
            } finally {
                Platform.runLater(() -> colouring = false);
            }
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

    /**
     * The picture as last composed, with what it holds (which drawing of which frame, for which view, in
     * which colours) so that a recolour writes only the regions whose colour changed, and the tiles that
     * show it. The tiles always show these pixels once {@link #show} returns.
     */
    private static final class Composed {
        final int[] pixels;
        final TiledPicture tiles;
        private final TiledPicture.Touched touched;
        private RasterFrame frame;
        private long generation;
        private RasterView view;
        private RasterPalette palette;

        Composed(RasterView target) {
            pixels = new int[target.pixels()];
            tiles = new TiledPicture(target.width(), target.height(), target.pixelScale());
            touched = new TiledPicture.Touched(target.height());
        }

        boolean fits(RasterView target) {
            return tiles.fits(target.width(), target.height(), target.pixelScale());
        }

        void show(RasterComposer composer, RasterFrame source, RasterPalette colours, RasterView target,
                  ColouredFrame coloured) {
            boolean holds = source == frame && source.generation() == generation && target.equals(view)
                    && RasterComposer.sameZoom(source, target);
            touched.clear();
            boolean onlyChanged = composer.compose(source, colours, target, pixels, holds ? palette : null, touched,
                    coloured);
            frame = source;
            generation = source.generation();
            view = target;
            palette = colours;
            tiles.show(pixels, onlyChanged ? touched : null);
        }
    }
}
