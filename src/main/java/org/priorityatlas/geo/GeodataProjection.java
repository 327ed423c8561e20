package org.priorityatlas.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.priorityatlas.dataset.AtomicFile;

/**
 * Projects the GeoJSON geodata ({@link Geodata}) into {@link ProjectedGeodata}, and writes
 * {@code geodata/projected.bin} from the GeoJSON files beside it: {@code mvn -q compile exec:java@project-geodata}
 * (also the last step of {@code mvn -Pgeodata process-classes}). Deterministic: the same GeoJSON gives the
 * same bytes.
 */
public final class GeodataProjection {
    private static final double WORLD = 256.0;

    private GeodataProjection() {
    }

    /** Projects the GeoJSON files in directory {@code args[0]} (default geodata) into its projected.bin. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "geodata");
        Path file = dir.resolve("projected.bin");
        ProjectedGeodata geodata = project(Geodata.readRegions(dir.resolve(Detail.LOW.fileName())),
                Geodata.readRegions(dir.resolve(Detail.HIGH.fileName())), Geodata.readBasemap(dir.resolve("basemap.geojson")));
        AtomicFile.write(file, out -> ProjectedGeodataFile.write(geodata, out));
        System.out.printf("%s: %d regions, %d + %d region vertices, %d border and %d neighbour vertices, %d bytes%n",
                file, geodata.regions().size(), geodata.regions().stream().mapToInt(r -> r.low().vertices()).sum(),
                geodata.regions().stream().mapToInt(r -> r.high().vertices()).sum(),
                geodata.bordersHigh().vertices(), geodata.neighbours().vertices(), Files.size(file));
    }

    /** The projection of the GeoJSON files on the class path. */
    public static ProjectedGeodata bundledGeoJson() {
        return project(Geodata.regions(Detail.LOW), Geodata.regions(Detail.HIGH), Geodata.basemap());
    }

    public static ProjectedGeodata project(List<RegionFeature> low, List<RegionFeature> high,
                                           List<BasemapFeature> basemap) {
        List<RegionOutline> regions = new ArrayList<>(low.size());
        for (int i = 0; i < low.size(); i++) {
            RegionFeature lo = low.get(i);
            RegionFeature hi = high.get(i);
            if (!lo.id().equals(hi.id())) {
                throw new IllegalArgumentException("detail levels disagree at " + lo.id() + " / " + hi.id());
            }
            regions.add(new RegionOutline(lo.id(), rings(lo.geometry()), rings(hi.geometry()),
                    WebMercator.x(lo.label().x) * WORLD, WebMercator.y(lo.label().y) * WORLD,
                    lo.labelRadius() / 360.0 * WORLD));
        }
        List<Geometry> neighbours = basemap.stream().map(BasemapFeature::geometry).toList();
        return new ProjectedGeodata(regions, rings(land(low)), rings(land(high)),
                borders(low.stream().map(RegionFeature::geometry).toList()),
                borders(high.stream().map(RegionFeature::geometry).toList()),
                rings(GeoJson.FACTORY.buildGeometry(neighbours)), withoutExtentEdges(network(neighbours)));
    }

    /** The regions merged into one outline: China's coast and land borders. */
    private static Geometry land(List<RegionFeature> regions) {
        return CoverageUnion.union(GeoJson.FACTORY.buildGeometry(regions.stream().map(RegionFeature::geometry).toList()));
    }

    /**
     * Every boundary noded into one network, so a border two shapes share is one line, merged into the
     * longest lines it forms.
     */
    private static List<LineString> network(List<Geometry> shapes) {
        Geometry network = UnaryUnionOp.union(shapes.stream().map(Geometry::getBoundary).toList());
        LineMerger merger = new LineMerger();
        merger.add(network);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        return List.copyOf(merged);
    }

    private static Polylines lines(List<Coordinate[]> lines) {
        List<float[]> projected = new ArrayList<>();
        lines.forEach(line -> projected.add(project(line, line.length)));
        // A fixed order, so the file is the same whatever order the merger produced.
        projected.sort(Comparator.<float[]>comparingDouble(l -> l[0]).thenComparingDouble(l -> l[1])
                .thenComparingInt(l -> l.length).thenComparing(Arrays::hashCode));
        return new Polylines(projected);
    }

    private static Polylines borders(List<Geometry> shapes) {
        return lines(network(shapes).stream().map(LineString::getCoordinates).toList());
    }

    /** The lines cut where they run along the basemap's clipping box: those edges are no borders. */
    private static Polylines withoutExtentEdges(List<LineString> network) {
        Envelope box = BasemapFeature.EXTENT;
        List<Coordinate[]> pieces = new ArrayList<>();
        for (LineString line : network) {
            Coordinate[] cs = line.getCoordinates();
            int start = 0;
            for (int i = 1; i < cs.length; i++) {
                if (onSameEdge(box, cs[i - 1], cs[i])) {
                    if (i - 1 > start) {
                        pieces.add(Arrays.copyOfRange(cs, start, i));
                    }
                    start = i;
                }
            }
            if (cs.length - 1 > start) {
                pieces.add(Arrays.copyOfRange(cs, start, cs.length));
            }
        }
        return lines(pieces);
    }

    private static boolean onSameEdge(Envelope box, Coordinate a, Coordinate b) {
        return a.x == box.getMinX() && b.x == box.getMinX() || a.x == box.getMaxX() && b.x == box.getMaxX()
                || a.y == box.getMinY() && b.y == box.getMinY() || a.y == box.getMaxY() && b.y == box.getMaxY();
    }

    /** Exterior and interior rings of every polygon in {@code geometry}, without closing vertices. */
    static Polylines rings(Geometry geometry) {
        List<float[]> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            for (int p = 0; p < part.getNumGeometries(); p++) {
                if (part.getGeometryN(p) instanceof Polygon polygon) {
                    addRing(rings, polygon.getExteriorRing());
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        addRing(rings, polygon.getInteriorRingN(h));
                    }
                }
            }
        }
        return new Polylines(rings);
    }

    private static void addRing(List<float[]> rings, LineString ring) {
        if (ring.getNumPoints() > 3) {
            rings.add(project(ring.getCoordinates(), ring.getNumPoints() - 1));
        }
    }

    private static float[] project(Coordinate[] cs, int n) {
        float[] xy = new float[n * 2];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) (WebMercator.x(cs[i].x) * WORLD);
            xy[2 * i + 1] = (float) (WebMercator.y(cs[i].y) * WORLD);
        }
        return xy;
    }
}
