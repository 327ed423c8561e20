package org.priorityatlas.geo.tool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Simplifies polygons that tile an area (provinces, countries) so that neighbours keep one identical
 * border. Simplifying each polygon on its own runs Douglas-Peucker over each copy of a shared border
 * from different start points, so the copies diverge into slivers and overlaps. Instead this builds
 * the noded line network once (every shared border becomes a single edge between junctions),
 * simplifies those edges together with {@link TopologyPreservingSimplifier} (which keeps edge
 * endpoints and stops edges crossing), snap-rounds the result to the output grid, polygonizes it and
 * gives every face back to the input polygon it came from.
 */
final class SharedBorderSimplifier {
    private final GeometryFactory factory;
    private final List<PreparedGeometry> inputs = new ArrayList<>();
    private final Geometry edges;

    SharedBorderSimplifier(List<Geometry> polygons, PrecisionModel sourceGrid) {
        this.factory = polygons.get(0).getFactory();
        List<Geometry> rings = new ArrayList<>();
        for (Geometry p : polygons) {
            inputs.add(PreparedGeometryFactory.prepare(p));
            rings.addAll(LinearComponentExtracter.getLines(p, true));
        }
        // Union on a fine grid nodes the network and collapses near-coincident duplicate borders.
        Geometry noded = UnaryUnionNG.union(factory.buildGeometry(rings), sourceGrid);
        LineMerger merger = new LineMerger();
        merger.add(noded);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        this.edges = factory.buildGeometry(merged);
    }

    /** Number of vertices in the unsimplified edge network. */
    int sourceVertices() {
        return edges.getNumPoints();
    }

    /**
     * The inputs simplified with {@code tolerance} (degrees) and rounded to {@code grid}, in input
     * order. A polygon whose every face collapsed comes back empty.
     */
    List<Geometry> simplify(double tolerance, PrecisionModel grid) {
        Geometry simplified = TopologyPreservingSimplifier.simplify(edges, tolerance);
        Geometry rounded = UnaryUnionNG.union(simplified, grid);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(rounded);
        List<List<Geometry>> facesByInput = new ArrayList<>();
        inputs.forEach(i -> facesByInput.add(new ArrayList<>()));
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        for (Polygon face : faces) {
            int owner = owner(face.getInteriorPoint(), 2 * tolerance + grid.gridSize());
            if (owner >= 0) {
                facesByInput.get(owner).add(face);
            }
        }
        List<Geometry> result = new ArrayList<>();
        for (List<Geometry> parts : facesByInput) {
            result.add(canonical(UnaryUnionNG.union(factory.buildGeometry(parts), grid)));
        }
        return result;
    }

    /**
     * Parts sorted and rings starting at their lowest vertex, so rebuilds give byte-identical files
     * (face order from the polygonizer varies run to run); shells counter-clockwise as RFC 7946 asks.
     */
    static Geometry canonical(Geometry polygonal) {
        return polygonal.norm().reverse();
    }

    /**
     * The input containing the point; else (a small face nudged by simplification) the nearest input
     * within {@code reach}; else -1, a hole in the coverage such as a lake.
     */
    private int owner(Point p, double reach) {
        int nearest = -1;
        double best = reach;
        for (int i = 0; i < inputs.size(); i++) {
            PreparedGeometry in = inputs.get(i);
            if (in.contains(p)) {
                return i;
            }
            if (in.getGeometry().getEnvelopeInternal().distance(p.getEnvelopeInternal()) < best) {
                double d = in.getGeometry().distance(p);
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
        }
        return nearest;
    }
}
