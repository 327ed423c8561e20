package org.priorityatlas.geo;

import java.util.List;

/**
 * Closed rings of a polygonal shape, or open lines, projected to Web Mercator world pixels at zoom 0
 * (x and y in 0..256, y southwards). Each part is a flat array {@code x0, y0, x1, y1, ...}; a ring does not
 * repeat its first vertex. The arrays are never modified after construction.
 */
public record Polylines(List<float[]> parts) {
    public static final Polylines EMPTY = new Polylines(List.of());

    public Polylines {
        parts = List.copyOf(parts);
    }

    public int vertices() {
        return parts.stream().mapToInt(p -> p.length / 2).sum();
    }

    /** {@code minX, minY, maxX, maxY} of every vertex, or NaNs when empty. */
    public double[] bounds() {
        double[] b = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (float[] part : parts) {
            double[] p = bounds(part);
            b[0] = Double.isNaN(b[0]) ? p[0] : Math.min(b[0], p[0]);
            b[1] = Double.isNaN(b[1]) ? p[1] : Math.min(b[1], p[1]);
            b[2] = Double.isNaN(b[2]) ? p[2] : Math.max(b[2], p[2]);
            b[3] = Double.isNaN(b[3]) ? p[3] : Math.max(b[3], p[3]);
        }
        return b;
    }

    /** {@code minX, minY, maxX, maxY} of one part's vertices, or NaNs when it has none. */
    public static double[] bounds(float[] part) {
        if (part.length < 2) {
            return new double[]{Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double[] b = {part[0], part[1], part[0], part[1]};
        for (int i = 2; i < part.length; i += 2) {
            b[0] = Math.min(b[0], part[i]);
            b[1] = Math.min(b[1], part[i + 1]);
            b[2] = Math.max(b[2], part[i]);
            b[3] = Math.max(b[3], part[i + 1]);
        }
        return b;
    }
}
