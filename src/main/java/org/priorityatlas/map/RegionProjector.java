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
import java.util.stream.Collectors;

/** Projects the region outlines to SVG path data once, off the FX thread. */
public final class RegionProjector {
    /** Paths are stored in world pixels at this zoom; the map scales them by 2^(zoom - BASE_ZOOM). */
    public static final int BASE_ZOOM = 8;
    private static final double WORLD = 256.0;
    private static final double BASE_SCALE = WORLD * (1 << BASE_ZOOM);

    private RegionProjector() {
    }

    /** All regions of the bundled geodata at both levels of detail, in taxonomy order. */
    public static List<ProjectedRegion> projectAll() {
        Map<String, String> high = highDetailPaths();
        return projectLow().stream().map(r -> new ProjectedRegion(r.id(), r.pathLow(), high.get(r.id()),
                r.labelX(), r.labelY(), r.labelSize())).toList();
    }

    /**
     * The regions at low detail only ({@code pathHigh} repeats {@code pathLow}): the national view needs
     * nothing finer, so the window starts without reading the high-detail file.
     */
    public static List<ProjectedRegion> projectLow() {
        List<ProjectedRegion> out = new ArrayList<>();
        for (RegionFeature r : Geodata.regions(Detail.LOW)) {
            Coordinate label = r.label();
            String path = svgPath(r.geometry());
            out.add(new ProjectedRegion(r.id(), path, path, WebMercator.x(label.x) * WORLD,
                    WebMercator.y(label.y) * WORLD, r.labelRadius() / 360.0 * WORLD));
        }
        return List.copyOf(out);
    }

    /** High-detail outlines by region id, for zooming in on a province. */
    public static Map<String, String> highDetailPaths() {
        return Geodata.regions(Detail.HIGH).stream()
                .collect(Collectors.toUnmodifiableMap(RegionFeature::id, r -> svgPath(r.geometry())));
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
