package org.priorityatlas.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.Geodata;
import org.priorityatlas.geo.RegionFeature;
import org.priorityatlas.geo.WebMercator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Projects the region outlines to SVG path data once, off the FX thread. */
public final class RegionProjector {
    /** Paths are stored in world pixels at this zoom; the map scales them by 2^(zoom - BASE_ZOOM). */
    public static final int BASE_ZOOM = 8;
    private static final double WORLD = 256.0;
    private static final double BASE_SCALE = WORLD * (1 << BASE_ZOOM);

    private RegionProjector() {
    }

    /** All regions of the bundled geodata, in taxonomy order. */
    public static List<ProjectedRegion> projectAll() {
        Map<String, RegionFeature> low = Geodata.regions(Detail.LOW).stream()
                .collect(Collectors.toMap(RegionFeature::id, Function.identity()));
        List<ProjectedRegion> out = new ArrayList<>();
        for (RegionFeature high : Geodata.regions(Detail.HIGH)) {
            RegionFeature lo = low.getOrDefault(high.id(), high);
            Coordinate label = high.label();
            double labelSize = high.labelRadius() / 360.0 * WORLD;
            out.add(new ProjectedRegion(high.id(), svgPath(lo.geometry()), svgPath(high.geometry()),
                    WebMercator.x(label.x) * WORLD, WebMercator.y(label.y) * WORLD, labelSize));
        }
        return List.copyOf(out);
    }

    /** SVG path data of a (multi)polygon in world pixels at {@link #BASE_ZOOM}. */
    public static String svgPath(Geometry geometry) {
        StringBuilder sb = new StringBuilder(geometry.getNumPoints() * 16);
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                ring(sb, polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(sb, polygon.getInteriorRingN(h));
                }
            }
        }
        return sb.toString();
    }

    private static void ring(StringBuilder sb, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length - 1; i++) {
            sb.append(i == 0 ? 'M' : 'L');
            sb.append(tenth(WebMercator.x(cs[i].x) * BASE_SCALE)).append(' ')
                    .append(tenth(WebMercator.y(cs[i].y) * BASE_SCALE));
        }
        sb.append('Z');
    }

    /** A tenth of a base-zoom pixel is far below a screen pixel at any zoom the atlas allows. */
    private static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
