package org.priorityatlas.export;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.operation.overlayng.LineLimiter;
import org.locationtech.jts.operation.overlayng.RingClipper;
import org.priorityatlas.geo.Polylines;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.RegionOutline;
import org.priorityatlas.geo.WebMercator;
import org.priorityatlas.map.SvgPathData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The geometry every figure draws: the projected regions, and the neighbouring land around China as SVG
 * path data in world pixels at {@link SvgPathData#BASE_ZOOM} (its fill, and its borders without the edges
 * of the box the basemap is clipped to). Made once from the bundled geodata and shared by every export.
 *
 * @param regions     the 34 regions, both levels of detail
 * @param land        land around China, one path of rings
 * @param landBorders the borders of that land, one path of lines
 */
public record FigureAssets(List<RegionOutline> regions, String land, String landBorders) {
    /** Only land that can appear around China's frame is kept; the rest of the world never shows. */
    private static final Envelope AROUND_CHINA = new Envelope(WebMercator.x(55) * 256, WebMercator.x(155) * 256,
            WebMercator.y(65) * 256, WebMercator.y(0) * 256);
    private static volatile FigureAssets bundled;

    public FigureAssets {
        regions = List.copyOf(regions);
    }

    /** The bundled geodata; the first call reads it (a few milliseconds). */
    public static FigureAssets bundled() {
        FigureAssets a = bundled;
        if (a == null) {
            synchronized (FigureAssets.class) {
                a = bundled;
                if (a == null) {
                    ProjectedGeodata geo = ProjectedGeodata.bundled();
                    a = new FigureAssets(geo.regions(), SvgPathData.rings(ringsAroundChina(geo.neighbours())),
                            SvgPathData.lines(linesAroundChina(geo.neighbourBorders())));
                    bundled = a;
                }
            }
        }
        return a;
    }

    /**
     * The land cut to the box around China's frame: Russia's mainland is one ring from the Urals to the
     * Bering Strait, and whole it added 38 KB of never-seen Arctic coast to every SVG figure.
     */
    private static Polylines ringsAroundChina(Polylines rings) {
        RingClipper clipper = new RingClipper(AROUND_CHINA);
        List<float[]> kept = new ArrayList<>();
        for (float[] ring : rings.parts()) {
            Coordinate[] clipped = clipper.clip(coordinates(ring, true));
            if (clipped.length >= 4) {
                // Polylines rings do not repeat their first vertex.
                kept.add(flat(Arrays.copyOf(clipped, clipped.length - 1)));
            }
        }
        return new Polylines(kept);
    }

    /** The borders cut to the same box, into the sections that lie in it. */
    private static Polylines linesAroundChina(Polylines lines) {
        LineLimiter limiter = new LineLimiter(AROUND_CHINA);
        List<float[]> kept = new ArrayList<>();
        for (float[] line : lines.parts()) {
            for (Coordinate[] section : limiter.limit(coordinates(line, false))) {
                kept.add(flat(section));
            }
        }
        return new Polylines(kept);
    }

    private static Coordinate[] coordinates(float[] part, boolean close) {
        int n = part.length / 2;
        Coordinate[] c = new Coordinate[close && n > 0 ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(part[2 * i], part[2 * i + 1]);
        }
        if (c.length > n) {
            c[n] = c[0].copy();
        }
        return c;
    }

    private static float[] flat(Coordinate[] points) {
        float[] f = new float[points.length * 2];
        for (int i = 0; i < points.length; i++) {
            f[2 * i] = (float) points[i].x;
            f[2 * i + 1] = (float) points[i].y;
        }
        return f;
    }
}
