package org.priorityatlas.geo;

/**
 * Spherical Web Mercator in "world units": x and y in [0, 1), y growing southwards, as slippy-map
 * tiles use them (tile column at zoom z is {@code floor(x * 2^z)}).
 */
public final class WebMercator {
    /** Latitude where the square world ends (y = 0 and y = 1). */
    public static final double MAX_LAT = 85.0511287798066;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Latitudes beyond ±{@link #MAX_LAT} are clamped so the result stays finite. */
    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
