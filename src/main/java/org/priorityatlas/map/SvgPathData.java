package org.priorityatlas.map;

import org.priorityatlas.geo.Polylines;

/**
 * SVG path data for projected outlines, in world pixels at {@link #BASE_ZOOM}: JavaFX {@code SVGPath}s
 * (hover and selection outlines, export figures) are scaled by 2^(zoom - BASE_ZOOM) with one transform.
 */
public final class SvgPathData {
    /** Paths are written in world pixels at this zoom. */
    public static final int BASE_ZOOM = 8;
    private static final double BASE_SCALE = 1 << BASE_ZOOM;

    private SvgPathData() {
    }

    /** Closed rings as {@code M x y L x y ... Z}, one subpath per ring. */
    public static String rings(Polylines rings) {
        return path(rings, true);
    }

    /** Open lines as {@code M x y L x y ...}. */
    public static String lines(Polylines lines) {
        return path(lines, false);
    }

    private static String path(Polylines parts, boolean closed) {
        StringBuilder sb = new StringBuilder(parts.vertices() * 14);
        for (float[] part : parts.parts()) {
            for (int i = 0; i < part.length; i += 2) {
                sb.append(i == 0 ? 'M' : 'L').append(tenth(part[i])).append(' ').append(tenth(part[i + 1]));
            }
            if (closed) {
                sb.append('Z');
            }
        }
        return sb.toString();
    }

    /** A tenth of a base-zoom pixel is far below a screen pixel at any zoom the atlas allows. */
    private static double tenth(float v) {
        return Math.round(v * BASE_SCALE * 10) / 10.0;
    }

    /** The scale from path units to screen pixels at {@code zoom}. */
    public static double scale(double zoom) {
        return Math.pow(2, zoom - BASE_ZOOM);
    }
}
