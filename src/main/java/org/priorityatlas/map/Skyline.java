package org.priorityatlas.map;

import org.priorityatlas.geo.RegionOutline;

import java.util.Arrays;
import java.util.List;

/**
 * How far north the regions reach in each narrow column of the map: enough to tell whether an overlay along
 * the top edge (the legend) would lie over any region, without drawing anything. Columns and heights are in
 * world pixels at zoom 0.
 */
final class Skyline {
    private static final int COLUMNS = 512;
    private final double west;
    private final double columnWidth;
    private final double[] north;

    private Skyline(double west, double columnWidth, double[] north) {
        this.west = west;
        this.columnWidth = columnWidth;
        this.north = north;
    }

    /** From the regions' coarse outlines; each edge counts at its northern end across all its columns. */
    static Skyline of(List<RegionOutline> regions) {
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        for (RegionOutline r : regions) {
            double[] b = r.low().bounds();
            if (!Double.isNaN(b[0])) {
                west = Math.min(west, b[0]);
                east = Math.max(east, b[2]);
            }
        }
        double[] north = new double[COLUMNS];
        Arrays.fill(north, Double.POSITIVE_INFINITY);
        if (west > east) {
            return new Skyline(0, 1, north);
        }
        Skyline s = new Skyline(west, Math.max(east - west, 1e-9) / COLUMNS, north);
        for (RegionOutline r : regions) {
            for (float[] ring : r.low().parts()) {
                s.addRing(ring);
            }
        }
        return s;
    }

    private void addRing(float[] ring) {
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double y = Math.min(ring[2 * i + 1], ring[2 * j + 1]);
            int from = column(Math.min(ring[2 * i], ring[2 * j]));
            int to = column(Math.max(ring[2 * i], ring[2 * j]));
            for (int c = from; c <= to; c++) {
                north[c] = Math.min(north[c], y);
            }
        }
    }

    private int column(double x) {
        return Math.max(0, Math.min(COLUMNS - 1, (int) Math.floor((x - west) / columnWidth)));
    }

    /** The northernmost region point between two world x (zoom 0), or +infinity when no region lies there. */
    double northmost(double fromX, double toX) {
        double east = west + columnWidth * COLUMNS;
        if (toX < west || fromX > east) {
            return Double.POSITIVE_INFINITY;
        }
        double y = Double.POSITIVE_INFINITY;
        for (int c = column(fromX); c <= column(toX); c++) {
            y = Math.min(y, north[c]);
        }
        return y;
    }
}
