package org.priorityatlas.map;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Paints the screen's pixels from a {@link RasterFrame} and a {@link RasterPalette}: per pixel a table
 * lookup and at most two blends, a few milliseconds for a full window, so a new colouring reaches the
 * very next frame without drawing a path. The target may show the frame's view itself, or a view at
 * another zoom and origin, sampled nearest-neighbour from the frame while a sharp frame is drawn.
 */
final class RasterComposer {
    /** Every eighth diagonal, on the world's pixel grid so the hatch moves with the map. */
    private static final int HATCH_PERIOD_MASK = 7;
    private static final int SEA = 0xFF000000 | Palette.rgb(Palette.SEA);
    /** Every region index (a byte) and 0, the borders and land between regions: a whole span is written. */
    private static final boolean[] EVERY_INDEX = everyIndex();
    /** Enough calls of each resampling method for the JIT to compile it (C1: 200 calls; four rows a target). */
    private static final int REHEARSALS = 300;
    private static final int REHEARSAL_WIDTH = 64;
    private static final int REHEARSAL_ROWS = 4;
    private final Executor helper;

    /** {@code helper} composes the lower half while the calling thread composes the upper one. */
    RasterComposer(Executor helper) {
        this.helper = helper;
    }

    /**
     * Fills {@code out} (premultiplied ARGB, {@code target.width()} per row) with {@code frame} as seen in
     * {@code target}. Pixels of the target outside the frame get the sea colour. A non-null {@code before}
     * says that {@code out} already holds this frame at this target in those colours: then only the pixels
     * of regions whose colour changed are written, since the basemap, the borders and the other regions are
     * the same (switching between two sectors leaves many regions as they were), and {@code touched}, if
     * given, learns which tiles they lie in. A target at another zoom is sampled from {@code coloured} if it
     * holds the frame in these colours (it may be null). Returns whether only the changed pixels were written.
     */
    boolean compose(RasterFrame frame, RasterPalette palette, RasterView target, int[] out, RasterPalette before,
                    TiledPicture.Touched touched, ColouredFrame coloured) {
        boolean[] changed = before == null ? null : changedRegions(before, palette);
        int[] colours = coloured != null && coloured.holds(frame, palette) ? coloured.pixels() : null;
        int h = target.height();
        int half = h / 2;
        CompletableFuture<Void> lower = CompletableFuture.runAsync(
                () -> rows(frame, palette, target, out, half, h, changed, touched, colours), helper);
        rows(frame, palette, target, out, 0, half, changed, touched, colours);
        lower.join();
        return changed != null;
    }

    /**
     * Colours every row of {@code frame} in {@code palette}, without the hatch, into {@code into} (the frame's
     * size): done ahead, on another thread, it spares a zoom step's layout pass the colouring of each row.
     */
    static void colourFrame(RasterFrame frame, RasterPalette palette, int[] into) {
        Planes planes = new Planes(frame);
        RasterPalette unhatched = unhatched(palette);
        for (int y = 0; y < frame.height(); y++) {
            shiftedRow(frame, planes, unhatched, frame.view(), into, y, 0, 0);
        }
    }

    /**
     * Runs the zoom steps' resampling ({@link ScaledRows}) on {@value #REHEARSALS} small targets around the
     * frame's middle, so that the JIT compiles it before the first zoom: a zoom step's compose is the only
     * code that runs it, and the first one after start-up ran it interpreted, compiling it as it went
     * (-XX:+PrintCompilation; that compose took 10.1 and 10.6 ms in two runs, later ones about 2 ms). Rehearsed,
     * they are compiled about 2.4 s after start-up, once the frame is first coloured ahead. Both ways of
     * gathering (spans and single pixels), with and without the frame coloured ahead ({@code coloured}, may
     * be null), and the hatch. Writes only into a scratch array of its own, on the calling thread.
     */
    static void rehearseZoom(RasterFrame frame, RasterPalette palette, int[] coloured) {
        RasterPalette hatched = withHatched(palette, everyRegionHatched(palette));
        Planes planes = new Planes(frame);
        RasterView source = frame.view();
        int[] out = new int[REHEARSAL_WIDTH * REHEARSAL_ROWS];
        for (int k = 0; k < REHEARSALS; k++) {
            // Small steps sample long spans of columns (copied), a large one single pixels.
            double dz = k % 3 == 2 ? 1.5 : k % 3 == 1 ? -0.05 : 0.05;
            double grow = Math.pow(2, dz);
            int originX = (int) ((source.originX() + frame.width() / 2.0) * grow);
            int originY = (int) ((source.originY() + frame.height() / 2.0) * grow);
            RasterView target = new RasterView(source.zoom() + dz, originX, originY, REHEARSAL_WIDTH, REHEARSAL_ROWS,
                    source.pixelScale());
            new ScaledRows(frame, planes, hatched, target, k % 2 == 0 ? coloured : null).write(out, 0, REHEARSAL_ROWS);
        }
    }

    private static boolean[] everyRegionHatched(RasterPalette palette) {
        boolean[] all = new boolean[palette.hatched().length];
        Arrays.fill(all, 1, all.length, true);
        return all;
    }

    private static RasterPalette unhatched(RasterPalette palette) {
        return withHatched(palette, new boolean[palette.hatched().length]);
    }

    /** {@code palette} with {@code hatched} saying which regions are hatched. */
    private static RasterPalette withHatched(RasterPalette palette, boolean[] hatched) {
        return new RasterPalette(palette.fill(), hatched, palette.alpha(), palette.hatchLine(), palette.border());
    }

    /**
     * Which region indices are painted differently in {@code now} than in {@code before}; null when the
     * border or hatch colours differ, which touches pixels outside the regions too.
     */
    static boolean[] changedRegions(RasterPalette before, RasterPalette now) {
        if (before.border() != now.border() || before.hatchLine() != now.hatchLine()
                || before.fill().length != now.fill().length) {
            return null;
        }
        boolean[] changed = new boolean[now.fill().length];
        for (int i = 1; i < changed.length; i++) {
            changed[i] = before.fill()[i] != now.fill()[i] || before.alpha()[i] != now.alpha()[i]
                    || before.hatched()[i] != now.hatched()[i];
        }
        return changed;
    }

    private static boolean[] everyIndex() {
        boolean[] all = new boolean[256];
        Arrays.fill(all, true);
        return all;
    }

    /** Whether {@code target} shows {@code frame} at its own zoom (shifted by whole pixels at most). */
    static boolean sameZoom(RasterFrame frame, RasterView target) {
        return frame.view().zoom() == target.zoom() && frame.view().pixelScale() == target.pixelScale();
    }

    /** Rows [y0, y1) of the target; with {@code changed}, only the pixels of the regions it marks. */
    private static void rows(RasterFrame frame, RasterPalette palette, RasterView target, int[] out, int y0, int y1,
                             boolean[] changed, TiledPicture.Touched touched, int[] colours) {
        Planes planes = new Planes(frame);
        RasterView source = frame.view();
        if (sameZoom(frame, target)) {
            int dx = target.originX() - source.originX();
            int dy = target.originY() - source.originY();
            for (int y = y0; y < y1; y++) {
                if (changed == null) {
                    shiftedRow(frame, planes, palette, target, out, y, dx, dy);
                } else {
                    long tiles = changedRow(frame, planes, palette, changed, target, out, y, dx, dy);
                    if (touched != null) {
                        touched.add(y, tiles);
                    }
                }
            }
        } else {
            new ScaledRows(frame, planes, palette, target, colours).write(out, y0, y1);
        }
    }

    /** A row at the frame's own zoom, offset by whole pixels: rows and spans without regions are copied. */
    private static void shiftedRow(RasterFrame frame, Planes planes, RasterPalette palette, RasterView target,
                                   int[] out, int y, int dx, int dy) {
        int w = target.width();
        int row = y * w;
        int fy = y + dy;
        if (fy < 0 || fy >= frame.height()) {
            Arrays.fill(out, row, row + w, SEA);
            return;
        }
        int fw = frame.width();
        int[] base = planes.base;
        // The part of the target row the frame covers, [x0, x1).
        int x0 = Math.max(0, -dx);
        int x1 = Math.min(w, fw - dx);
        if (x0 >= x1) {
            Arrays.fill(out, row, row + w, SEA);
            return;
        }
        Arrays.fill(out, row, row + x0, SEA);
        Arrays.fill(out, row + x1, row + w, SEA);
        int frow = fy * fw;
        int s0 = Math.max(x0, frame.spanStart(fy) - dx);
        int s1 = Math.min(x1, frame.spanEnd(fy) - dx);
        if (s0 >= s1) {
            System.arraycopy(base, frow + x0 + dx, out, row + x0, x1 - x0);
            return;
        }
        System.arraycopy(base, frow + x0 + dx, out, row + x0, s0 - x0);
        System.arraycopy(base, frow + s1 + dx, out, row + s1, x1 - s1);
        changedRow(frame, planes, palette, EVERY_INDEX, target, out, y, dx, dy);
    }

    /**
     * The pixels of a row's span whose region index is marked in {@code changed} (index 0: the borders and
     * land between regions), at the frame's zoom. Returns the columns of tiles written in
     * ({@link TiledPicture.Touched#columns}).
     */
    private static long changedRow(RasterFrame frame, Planes planes, RasterPalette palette, boolean[] changed,
                                   RasterView target, int[] out, int y, int dx, int dy) {
        int fy = y + dy;
        if (fy < 0 || fy >= frame.height()) {
            return 0;
        }
        long tiles = 0;
        int w = target.width();
        int row = y * w;
        int frow = fy * frame.width();
        int s0 = Math.max(Math.max(0, -dx), frame.spanStart(fy) - dx);
        int s1 = Math.min(Math.min(w, frame.width() - dx), frame.spanEnd(fy) - dx);
        int phase = target.originX() + target.originY() + y;
        RasterFrame.Runs runs = frame.runs(fy);
        int x = s0;
        for (int r = 0, n = runs.count(); r <= n && x < s1; r++) {
            // Between runs: anti-aliased edges and border pixels, one by one.
            int gapEnd = r < n ? Math.min(Math.max(runs.start(r) - dx, x), s1) : s1;
            for (; x < gapEnd; x++) {
                int id = planes.ids[frow + x + dx] & 0xFF;
                if (changed[id]) {
                    out[row + x] = pixel(planes, palette, frow + x + dx, phase + x);
                    tiles |= TiledPicture.Touched.columns(x, x);
                }
            }
            if (r < n) {
                int r1 = Math.min(runs.end(r) - dx, s1);
                if (x < r1 && changed[runs.id(r)]) {
                    fillRun(planes, palette, runs.id(r), out, row, frow + dx, x, r1, phase);
                    tiles |= TiledPicture.Touched.columns(x, r1 - 1);
                }
                x = Math.max(x, r1);
            }
        }
        return tiles;
    }

    /** Target pixels [x0, x1) of a row lie wholly inside region {@code id}: one colour, maybe hatched. */
    private static void fillRun(Planes planes, RasterPalette palette, int id, int[] out, int row, int shift,
                                int x0, int x1, int phase) {
        int alpha = palette.alpha()[id];
        if (alpha != 256) {
            for (int x = x0; x < x1; x++) {
                out[row + x] = pixel(planes, palette, x + shift, phase + x);
            }
            return;
        }
        Arrays.fill(out, row + x0, row + x1, palette.fill()[id]);
        if (palette.hatched()[id]) {
            int first = x0 + Math.floorMod(-(phase + x0), HATCH_PERIOD_MASK + 1);
            for (int x = first; x < x1; x += HATCH_PERIOD_MASK + 1) {
                out[row + x] = palette.hatchLine();
            }
        }
    }

    /**
     * Rows of a target at another zoom (a zoom in progress, until the sharp frame arrives), each pixel the
     * nearest frame pixel's colour. A frame row is coloured once, with the runs and fills of the same-zoom
     * path and without the hatch, and then gathered into every target row that samples it; the hatch is
     * then drawn on the target's own grid, one pixel in eight, so the picture is the same as colouring
     * every target pixel on its own (about a fifth of the time: it is the zoom frame's layout pass). When
     * the whole frame was coloured ahead ({@link ColouredFrame}), its rows are gathered from there.
     */
    private static final class ScaledRows {
        private static final int MIN_SPAN = 6;
        private final RasterFrame frame;
        private final Planes planes;
        private final RasterPalette palette;
        private final RasterPalette unhatched;
        private final boolean anyHatch;
        private final RasterView target;
        private final double step;
        private final int[] columns;
        private final int[] spans;
        /** The whole frame coloured ahead, or null: then each row is coloured into {@code coloured} as needed. */
        private final int[] colouredFrame;
        private final int[] coloured;
        private int colouredRow = -1;

        ScaledRows(RasterFrame frame, Planes planes, RasterPalette palette, RasterView target, int[] colouredFrame) {
            this.frame = frame;
            this.planes = planes;
            this.palette = palette;
            this.unhatched = unhatched(palette);
            this.colouredFrame = colouredFrame;
            this.anyHatch = anyTrue(palette.hatched());
            this.target = target;
            this.step = frame.view().scale() / target.scale();
            this.columns = columns();
            this.spans = spans();
            this.coloured = colouredFrame == null ? new int[frame.width()] : null;
        }

        /** For each target column, the nearest frame column, or -1 outside the frame: the same in every row. */
        private int[] columns() {
            int[] c = new int[target.width()];
            int fw = frame.width();
            double fx = (target.originX() + 0.5) * step - frame.view().originX();
            for (int x = 0; x < c.length; x++, fx += step) {
                int ix = (int) Math.floor(fx);
                c[x] = ix < 0 || ix >= fw ? -1 : ix;
            }
            return c;
        }

        void write(int[] out, int y0, int y1) {
            for (int y = y0; y < y1; y++) {
                row(out, y);
            }
        }

        private void row(int[] out, int y) {
            int w = target.width();
            int row = y * w;
            int fy = (int) Math.floor((target.originY() + y + 0.5) * step) - frame.view().originY();
            if (fy < 0 || fy >= frame.height()) {
                Arrays.fill(out, row, row + w, SEA);
                return;
            }
            if (colouredFrame != null) {
                gather(colouredFrame, fy * frame.width(), out, row);
            } else {
                if (fy != colouredRow) {
                    shiftedRow(frame, planes, unhatched, frame.view(), coloured, 0, 0, fy);
                    colouredRow = fy;
                }
                gather(coloured, 0, out, row);
            }
            if (anyHatch) {
                hatch(out, row, fy * frame.width(), target.originX() + target.originY() + y);
            }
        }

        /**
         * The coloured frame row starting at {@code from[offset]} into target row {@code row}: as spans of
         * consecutive columns, each one
         * array copy, when the zoom is near the frame's (spans are long), else pixel by pixel.
         */
        private void gather(int[] from, int offset, int[] out, int row) {
            if (spans == null) {
                for (int x = 0; x < columns.length; x++) {
                    int ix = columns[x];
                    out[row + x] = ix < 0 ? SEA : from[offset + ix];
                }
                return;
            }
            for (int i = 0; i < spans.length; i += 3) {
                int x = spans[i];
                int length = spans[i + 1];
                int first = spans[i + 2];
                if (first < 0) {
                    Arrays.fill(out, row + x, row + x + length, SEA);
                } else {
                    System.arraycopy(from, offset + first, out, row + x, length);
                }
            }
        }

        /**
         * {@code columns} as (target x, length, first frame column or -1 for the sea) triples of columns that
         * follow each other; null when they average fewer than {@value #MIN_SPAN} pixels, where copying pixel
         * by pixel is quicker.
         */
        private int[] spans() {
            int[] triples = new int[3 * columns.length];
            int n = 0;
            for (int x = 0; x < columns.length; ) {
                int start = x;
                int first = columns[x];
                x++;
                while (x < columns.length && (first < 0 ? columns[x] < 0 : columns[x] == first + (x - start))) {
                    x++;
                }
                triples[n++] = start;
                triples[n++] = x - start;
                triples[n++] = first;
            }
            return n / 3 * MIN_SPAN > columns.length ? null : Arrays.copyOf(triples, n);
        }

        /** The hatch line's pixels of the row: every eighth diagonal of the target grid in a hatched region. */
        private void hatch(int[] out, int row, int frow, int phase) {
            byte[] ids = planes.ids;
            boolean[] hatched = palette.hatched();
            for (int x = Math.floorMod(-phase, HATCH_PERIOD_MASK + 1); x < columns.length; x += HATCH_PERIOD_MASK + 1) {
                int ix = columns[x];
                if (ix >= 0 && hatched[ids[frow + ix] & 0xFF]) {
                    out[row + x] = pixel(planes, palette, frow + ix, phase + x);
                }
            }
        }

        private static boolean anyTrue(boolean[] values) {
            for (boolean v : values) {
                if (v) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The colour of frame pixel {@code p}; {@code diagonal} is the target pixel's x + y on the world grid. */
    private static int pixel(Planes planes, RasterPalette palette, int p, int diagonal) {
        int id = planes.ids[p] & 0xFF;
        int e = planes.edges[p] & 0xFF;
        if (id == 0) {
            return e == 0 ? planes.base[p] : blend(planes.base[p], palette.border(), e + (e >> 7));
        }
        int fill = palette.hatched()[id] && (diagonal & HATCH_PERIOD_MASK) == 0 ? palette.hatchLine()
                : palette.fill()[id];
        int alpha = palette.alpha()[id];
        int cover = planes.coverage[p] & 0xFF;
        int colour;
        if (cover == 0xFF && alpha == 256) {
            colour = fill;
        } else {
            int a = cover * alpha >> 8;
            colour = blend(planes.base[p], fill, a + (a >> 7));
        }
        if (e != 0) {
            int a = e * alpha >> 8;
            colour = blend(colour, palette.border(), a + (a >> 7));
        }
        return colour;
    }

    /** The frame's pixel arrays, fetched once per compose rather than once per pixel. */
    private record Planes(int[] base, byte[] ids, byte[] coverage, byte[] edges) {
        Planes(RasterFrame frame) {
            this(frame.basePixels(), frame.ids(), frame.coverage(), frame.edges());
        }
    }

    /** {@code a} towards {@code b} by {@code t}/256, both opaque; two channels per multiply. */
    static int blend(int a, int b, int t) {
        int u = 256 - t;
        int rb = ((a & 0xFF00FF) * u + (b & 0xFF00FF) * t) >>> 8 & 0xFF00FF;
        int g = ((a & 0x00FF00) * u + (b & 0x00FF00) * t) >>> 8 & 0x00FF00;
        return 0xFF000000 | rb | g;
    }
}
