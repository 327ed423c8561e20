package org.priorityatlas.map;

import org.priorityatlas.geo.WebMercator;

/**
 * China's extent on the map (with Hainan and the South China Sea coast) and the zoom that fits it into an
 * area: one definition shared by the map window and the exported figures, so both frame China alike.
 */
public final class ChinaExtent {
    private static final double WEST = 73.0;
    private static final double SOUTH = 17.5;
    private static final double EAST = 135.5;
    private static final double NORTH = 53.8;
    private static final double WORLD = 256;

    private ChinaExtent() {
    }

    /** The Web Mercator zoom at which China fills, without exceeding, a width × height area in pixels. */
    public static double fitZoom(double width, double height) {
        double w = (WebMercator.x(EAST) - WebMercator.x(WEST)) * WORLD;
        double h = (WebMercator.y(SOUTH) - WebMercator.y(NORTH)) * WORLD;
        return Math.log(Math.min(width / w, height / h)) / Math.log(2);
    }

    /** The centre of China's box in world pixels at zoom 0 (x). */
    public static double centreX() {
        return (WebMercator.x(WEST) + WebMercator.x(EAST)) / 2 * WORLD;
    }

    /** The centre of China's box in world pixels at zoom 0 (y). */
    public static double centreY() {
        return (WebMercator.y(NORTH) + WebMercator.y(SOUTH)) / 2 * WORLD;
    }
}
