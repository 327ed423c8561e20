package org.priorityatlas.map;

import java.util.Arrays;

/**
 * Anti-aliased lines about a pixel wide, drawn into a byte coverage mask: for each pixel along the line's
 * major axis, the exact overlap of the line's cross-section with the pixels across it (a box filter). Where
 * lines meet, coverage is the maximum, never the sum, so joints do not darken. Far cheaper than a general
 * stroker for the thousands of short segments of a border network, and just as smooth at this width.
 * Draws only rows {@code [y0, y1)}, so bands of one mask can be drawn by different threads.
 */
final class LineMask {
    private final byte[] mask;
    private final int width;
    private final int y0;
    private final int y1;
    private final double lineWidth;
    /** Pixels drawn, to blend and clear; grows as needed, and can be handed to the next mask. */
    private int[] touched;
    private int touchedCount;

    LineMask(byte[] mask, int width, int y0, int y1, double lineWidth) {
        this(mask, width, y0, y1, lineWidth, null);
    }

    /**
     * A mask that lists its pixels in {@code scratch} (a previous mask's {@link #scratch()}), so drawing
     * frame after frame does not allocate; null starts a list of a sixteenth of the band.
     */
    LineMask(byte[] mask, int width, int y0, int y1, double lineWidth, int[] scratch) {
        this.mask = mask;
        this.width = width;
        this.y0 = y0;
        this.y1 = y1;
        this.lineWidth = lineWidth;
        this.touched = scratch != null ? scratch : new int[Math.max(1024, width * Math.max(0, y1 - y0) / 16)];
    }

    /** The pixel list, grown to what this mask needed, for the next mask drawn by the same thread. */
    int[] scratch() {
        return touched;
    }

    /** A segment from (xa, ya) to (xb, yb), device pixels; its far end is left to the next segment. */
    void segment(double xa, double ya, double xb, double yb) {
        if (Math.max(ya, yb) < y0 - 2 || Math.min(ya, yb) > y1 + 2
                || Math.max(xa, xb) < -2 || Math.min(xa, xb) > width + 2) {
            return;
        }
        boolean steep = Math.abs(yb - ya) > Math.abs(xb - xa);
        if (steep) {
            along(ya, xa, yb, xb, true);
        } else {
            along(xa, ya, xb, yb, false);
        }
    }

    /** Walks the major axis u; v is the minor one. {@code swapped}: u is y. */
    private void along(double ua, double va, double ub, double vb, boolean swapped) {
        if (ua > ub) {
            double t = ua;
            ua = ub;
            ub = t;
            t = va;
            va = vb;
            vb = t;
        }
        double du = ub - ua;
        double gradient = du == 0 ? 0 : (vb - va) / du;
        // The line's extent across the minor axis: its width over the cosine of its slope.
        double half = lineWidth * Math.sqrt(1 + gradient * gradient) / 2;
        int uStart = (int) Math.ceil(ua - 0.5);
        int uEnd = (int) Math.ceil(ub - 0.5);
        for (int u = uStart; u < uEnd; u++) {
            double v = va + gradient * (u + 0.5 - ua);
            double lo = v - half;
            double hi = v + half;
            for (int j = (int) Math.floor(lo); j < hi; j++) {
                double cover = Math.min(hi, j + 1) - Math.max(lo, j);
                if (swapped) {
                    plot(j, u, cover);
                } else {
                    plot(u, j, cover);
                }
            }
        }
    }

    private void plot(int x, int y, double cover) {
        if (x < 0 || x >= width || y < y0 || y >= y1 || cover <= 0) {
            return;
        }
        int p = y * width + x;
        int c = (int) Math.min(255, Math.round(cover * 255));
        int old = mask[p] & 0xFF;
        if (old == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = p;
        }
        if (c > old) {
            mask[p] = (byte) c;
        }
    }

    /** Blends {@code rgb} into {@code pixels} by the coverage drawn so far, then clears what was drawn. */
    void blendInto(int[] pixels, int rgb) {
        for (int i = 0; i < touchedCount; i++) {
            int p = touched[i];
            int a = mask[p] & 0xFF;
            pixels[p] = RasterComposer.blend(pixels[p], rgb, a + (a >> 7));
            mask[p] = 0;
        }
        touchedCount = 0;
    }
}
