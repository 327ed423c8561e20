package org.priorityatlas.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.Polylines;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.RegionOutline;
import org.priorityatlas.geo.WebMercator;

/**
 * Draws a {@link RasterFrame} for a view with Java2D: the basemap, the region under every pixel, China's
 * land coverage and the border network. Region fills are not drawn here: {@link RasterComposer} paints
 * them from the frame, so a new colouring never draws again. The frame is split into horizontal bands
 * drawn in parallel (Java2D clips each path to its band). Thread-safe; call off the FX thread.
 */
final class RasterRenderer {
    /** From this zoom on, the high-detail outlines are drawn. */
    static final double HIGH_DETAIL_ZOOM = 5.5;
    private static final float BORDER_PX = 0.8f;
    private static final float LAND_BORDER_PX = 0.8f;
    /** Consecutive vertices closer than this (in device pixels, Manhattan) are thinned out. */
    private static final double MIN_STEP_PX = 0.75;

    private final Layer[] regionsLow;
    private final Layer[] regionsHigh;
    private final Layer landLow;
    private final Layer landHigh;
    private final Layer bordersLow;
    private final Layer bordersHigh;
    private final Layer neighbours;
    private final Layer neighbourBorders;
    private final ExecutorService bands;
    private final int bandCount;
    /** Per band, the line masks' pixel list, kept from frame to frame. */
    private final int[][] lineScratch;

    RasterRenderer(ProjectedGeodata geo, ExecutorService bands, int bandCount) {
        List<RegionOutline> regions = geo.regions();
        if (regions.size() > 254) {
            throw new IllegalArgumentException("region indices are bytes: " + regions.size() + " regions");
        }
        regionsLow = regions.stream().map(r -> new Layer(r.low())).toArray(Layer[]::new);
        regionsHigh = regions.stream().map(r -> new Layer(r.high())).toArray(Layer[]::new);
        landLow = new Layer(geo.landLow());
        landHigh = new Layer(geo.landHigh());
        bordersLow = new Layer(geo.bordersLow());
        bordersHigh = new Layer(geo.bordersHigh());
        neighbours = new Layer(geo.neighbours());
        neighbourBorders = new Layer(geo.neighbourBorders());
        this.bands = bands;
        this.bandCount = Math.max(1, bandCount);
        this.lineScratch = new int[this.bandCount][];
    }

    /** A renderer that splits each frame over the machine's cores. */
    static RasterRenderer parallel(ProjectedGeodata geo) {
        int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, cores - 1), r -> {
            Thread t = new Thread(r, "map-raster-band");
            t.setDaemon(true);
            return t;
        });
        return new RasterRenderer(geo, pool, cores);
    }

    static Detail detailFor(double zoom) {
        return zoom >= HIGH_DETAIL_ZOOM ? Detail.HIGH : Detail.LOW;
    }

    /**
     * Draws {@code view} into {@code reuse} when it has the view's size, else into a new frame. One drawing
     * at a time: the paths and line lists of the last are reused (new ones were about 110 MB of the 370 MB a
     * recolour, pan and zoom benchmark run allocated).
     */
    synchronized RasterFrame render(RasterView view, RasterFrame reuse) {
        RasterFrame frame = reuse != null && reuse.fits(view) ? reuse : new RasterFrame(view.width(), view.height());
        Detail detail = detailFor(view.zoom());
        ViewPaths scene = new ViewPaths(view, detail);
        int rows = (view.height() + bandCount - 1) / bandCount;
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int b = 1; b < bandCount && b * rows < view.height(); b++) {
            int y0 = b * rows;
            int band = b;
            others.add(CompletableFuture.runAsync(() -> scene.draw(frame, band, y0, Math.min(view.height(), y0 + rows)), bands));
        }
        scene.draw(frame, 0, 0, Math.min(view.height(), rows));
        others.forEach(CompletableFuture::join);
        frame.drawn(view, detail);
        return frame;
    }

    /** The paths of one view in device pixels, built once and drawn by every band. */
    private final class ViewPaths {
        private final RasterView view;
        private final double scale;
        private final Path2D land;
        private final Layer borders;
        private final Path2D neighbourLand;
        private final Path2D[] regions;

        ViewPaths(RasterView view, Detail detail) {
            this.view = view;
            this.scale = view.scale();
            boolean high = detail == Detail.HIGH;
            land = (high ? landHigh : landLow).path(this, true);
            borders = high ? bordersHigh : bordersLow;
            neighbourLand = neighbours.path(this, true);
            Layer[] layers = high ? regionsHigh : regionsLow;
            regions = new Path2D[layers.length];
            for (int i = 0; i < layers.length; i++) {
                regions[i] = layers[i].path(this, true);
            }
        }

        /** The view's world rectangle at zoom 0, with a few pixels' margin for strokes. */
        boolean visible(double[] box) {
            double m = 4 * view.pixelScale();
            return box[2] * scale >= view.originX() - m && box[0] * scale <= view.originX() + view.width() + m
                    && box[3] * scale >= view.originY() - m && box[1] * scale <= view.originY() + view.height() + m;
        }

        /** Draws rows y0 to y1 (exclusive) as band {@code band}: one thread per band at a time. */
        void draw(RasterFrame frame, int band, int y0, int y1) {
            frame.clearMasks(y0, y1);
            drawBase(band(frame.baseImage(), y0, y1));
            // The edge mask is free until the region borders are drawn: the basemap's lines use it first.
            LineMask landBorders = new LineMask(frame.edges(), view.width(), y0, y1, LAND_BORDER_PX * view.pixelScale(),
                    lineScratch[band]);
            neighbourBorders.lines(this, landBorders, false);
            landBorders.blendInto(frame.basePixels(), Palette.rgb(Palette.LAND_BORDER));
            drawIds(band(frame.idImage(), y0, y1));
            Graphics2D coverage = smooth(band(frame.coverageImage(), y0, y1));
            coverage.setColor(Color.WHITE);
            coverage.fill(land);
            coverage.dispose();
            LineMask regionBorders = new LineMask(frame.edges(), view.width(), y0, y1, BORDER_PX * view.pixelScale(),
                    landBorders.scratch());
            borders.lines(this, regionBorders, false);
            lineScratch[band] = regionBorders.scratch();
            extendIdsUnderCoast(frame, y0, y1);
        }

        private Graphics2D band(BufferedImage image, int y0, int y1) {
            Graphics2D g = image.getSubimage(0, y0, view.width(), y1 - y0).createGraphics();
            g.translate(0, -y0);
            return g;
        }

        private void drawBase(Graphics2D g) {
            // Fills are crisp and their edges covered by the smooth border lines drawn next: smoothing a fill
            // costs its whole area. China's land is covered by the regions and their borders.
            g.setColor(color(Palette.SEA));
            g.fillRect(0, 0, view.width(), view.height());
            drawGraticule(g);
            g.setColor(color(Palette.LAND));
            g.fill(neighbourLand);
            g.setColor(color(Palette.CHINA_LAND));
            g.fill(land);
            g.dispose();
        }

        /** Region i + 1 is drawn as grey level i + 1 without smoothing: every pixel names one region. */
        private void drawIds(Graphics2D g) {
            for (int i = 0; i < regions.length; i++) {
                g.setColor(new Color(i + 1, i + 1, i + 1));
                g.fill(regions[i]);
            }
            g.dispose();
        }

        /**
         * Coast pixels the smoothed land covers partly but no region's crisp fill reaches take the region
         * beside them, so the composer can blend the right colour into the coast. Also notes each row's
         * span of region and border pixels, outside which the composer copies the basemap, and the runs of
         * pixels wholly inside one region, which it fills without looking at each pixel.
         */
        private void extendIdsUnderCoast(RasterFrame frame, int y0, int y1) {
            byte[] ids = frame.ids();
            byte[] coverage = frame.coverage();
            byte[] edges = frame.edges();
            int w = view.width();
            for (int y = y0; y < y1; y++) {
                int start = w;
                int end = 0;
                RasterFrame.Runs runs = frame.runs(y);
                runs.clear();
                int runStart = -1;
                int runId = 0;
                for (int x = 0, p = y * w; x < w; x++, p++) {
                    if (coverage[p] != 0 && ids[p] == 0) {
                        ids[p] = neighbour(ids, p, x, y, w, y0, y1);
                    }
                    int id = ids[p] & 0xFF;
                    if (id != 0 || edges[p] != 0) {
                        start = Math.min(start, x);
                        end = x + 1;
                    }
                    boolean interior = id != 0 && coverage[p] == (byte) 0xFF && edges[p] == 0;
                    if (runStart >= 0 && (!interior || id != runId)) {
                        runs.add(runStart, x, runId);
                        runStart = -1;
                    }
                    if (interior && runStart < 0) {
                        runStart = x;
                        runId = id;
                    }
                }
                if (runStart >= 0) {
                    runs.add(runStart, w, runId);
                }
                frame.setSpan(y, start, end);
            }
        }

        private byte neighbour(byte[] ids, int p, int x, int y, int w, int y0, int y1) {
            if (x > 0 && ids[p - 1] != 0) {
                return ids[p - 1];
            }
            if (x + 1 < w && ids[p + 1] != 0) {
                return ids[p + 1];
            }
            if (y > y0 && ids[p - w] != 0) {
                return ids[p - w];
            }
            return y + 1 < y1 ? ids[p + w] : 0;
        }

        /** Meridians and parallels on the sea, one device pixel wide on whole pixels: crisp and cheap. */
        private void drawGraticule(Graphics2D g) {
            double zoom = view.zoom();
            double step = zoom < 4 ? 20 : zoom < 6 ? 10 : zoom < 8 ? 5 : 1;
            g.setColor(color(Palette.GRATICULE));
            double world = 256 * scale;
            double west = WebMercator.lon(view.originX() / world);
            double east = WebMercator.lon((view.originX() + view.width()) / world);
            for (double lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
                g.fillRect((int) Math.floor(WebMercator.x(lon) * world - view.originX()), 0, 1, view.height());
            }
            double north = WebMercator.lat(view.originY() / world);
            double south = WebMercator.lat((view.originY() + view.height()) / world);
            for (double lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
                g.fillRect(0, (int) Math.floor(WebMercator.y(lat) * world - view.originY()), view.width(), 1);
            }
        }

    }

    private static Graphics2D smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static Color color(String hex) {
        return new Color(Palette.rgb(hex));
    }

    /** A layer's parts with their bounding boxes, so a view builds paths only from the parts it shows. */
    private static final class Layer {
        private final float[][] parts;
        private final double[][] boxes;
        /** The last view's path, refilled for the next: sized for every part at once, so it never grows. */
        private final Path2D.Float path;

        Layer(Polylines lines) {
            parts = lines.parts().toArray(float[][]::new);
            boxes = new double[parts.length][];
            int count = 0;
            for (int i = 0; i < parts.length; i++) {
                boxes[i] = Polylines.bounds(parts[i]);
                count += parts[i].length;
            }
            path = new Path2D.Float(Path2D.WIND_EVEN_ODD, count / 2 + parts.length);
        }

        /** Draws the visible parts as lines into {@code mask}, rings closed when {@code closed}. */
        void lines(ViewPaths scene, LineMask mask, boolean closed) {
            double[] first = new double[2];
            double[] last = new double[2];
            trace(scene, new Trace() {
                @Override
                public void start(double x, double y) {
                    first[0] = x;
                    first[1] = y;
                    last[0] = x;
                    last[1] = y;
                }

                @Override
                public void to(double x, double y) {
                    mask.segment(last[0], last[1], x, y);
                    last[0] = x;
                    last[1] = y;
                }

                @Override
                public void end() {
                    if (closed) {
                        mask.segment(last[0], last[1], first[0], first[1]);
                    }
                }
            });
        }

        /** The visible parts as the view's path; valid until the next view's (drawings are one at a time). */
        Path2D path(ViewPaths scene, boolean closed) {
            path.reset();
            trace(scene, new Trace() {
                @Override
                public void start(double x, double y) {
                    path.moveTo(x, y);
                }

                @Override
                public void to(double x, double y) {
                    path.lineTo(x, y);
                }

                @Override
                public void end() {
                    if (closed) {
                        path.closePath();
                    }
                }
            });
            return path;
        }

        /** Hands each visible part's vertices, in device pixels and thinned, to {@code out}. */
        private void trace(ViewPaths scene, Trace out) {
            double s = scene.scale;
            double ox = scene.view.originX();
            double oy = scene.view.originY();
            double minStep = MIN_STEP_PX * scene.view.pixelScale();
            for (int i = 0; i < parts.length; i++) {
                if (!scene.visible(boxes[i])) {
                    continue;
                }
                float[] xy = parts[i];
                double lastX = xy[0] * s - ox;
                double lastY = xy[1] * s - oy;
                out.start(lastX, lastY);
                int end = xy.length - 2;
                for (int k = 2; k <= end; k += 2) {
                    double x = xy[k] * s - ox;
                    double y = xy[k + 1] * s - oy;
                    // Vertices closer than MIN_STEP to the last one kept change nothing on screen.
                    if (k == end || Math.abs(x - lastX) + Math.abs(y - lastY) >= minStep) {
                        out.to(x, y);
                        lastX = x;
                        lastY = y;
                    }
                }
                out.end();
            }
        }
    }

    /** Where {@link Layer#trace} sends a part: its first vertex, each kept vertex after it, its end. */
    private interface Trace {
        void start(double x, double y);

        void to(double x, double y);

        void end();
    }
}
