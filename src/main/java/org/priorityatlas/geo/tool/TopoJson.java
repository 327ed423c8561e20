package org.priorityatlas.geo.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.priorityatlas.geo.GeoJson;

/**
 * Decodes the polygons of one TopoJSON object (as in npm {@code world-atlas}): quantized, delta-encoded
 * arcs; a ring is a list of arc indices where {@code ~i} (negative) means arc {@code i} reversed.
 */
final class TopoJson {
    /** One decoded geometry with its {@code id} and {@code properties.name}. */
    record Shape(String id, String name, Geometry geometry) {
    }

    private final GeometryFactory factory = GeoJson.FACTORY;
    private final List<Coordinate[]> arcs = new ArrayList<>();

    private TopoJson(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (transform != null) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        for (JsonNode arc : topology.get("arcs")) {
            Coordinate[] cs = new Coordinate[arc.size()];
            long x = 0, y = 0;
            for (int i = 0; i < cs.length; i++) {
                JsonNode p = arc.get(i);
                if (transform != null) {
                    x += p.get(0).asLong();
                    y += p.get(1).asLong();
                    cs[i] = new Coordinate(x * sx + tx, y * sy + ty);
                } else {
                    cs[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
                }
            }
            arcs.add(cs);
        }
    }

    /** The polygonal geometries of {@code objects.<object>}; null geometries are skipped. */
    static List<Shape> read(InputStream in, String object) throws IOException {
        JsonNode topology = new ObjectMapper().readTree(in);
        TopoJson decoder = new TopoJson(topology);
        JsonNode collection = topology.path("objects").get(object);
        if (collection == null) {
            throw new IOException("no TopoJSON object " + object);
        }
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode g : collection.path("geometries")) {
            Geometry geometry = decoder.geometry(g);
            if (geometry != null) {
                shapes.add(new Shape(g.path("id").asText(), g.path("properties").path("name").asText(), geometry));
            }
        }
        return shapes;
    }

    private Geometry geometry(JsonNode g) throws IOException {
        switch (g.path("type").asText()) {
            case "Polygon":
                return polygon(g.get("arcs"));
            case "MultiPolygon":
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode p : g.get("arcs")) {
                    parts.add(polygon(p));
                }
                return factory.createMultiPolygon(parts.toArray(new Polygon[0]));
            case "":
            case "null":
                return null;
            default:
                throw new IOException("unsupported TopoJSON type " + g.path("type").asText());
        }
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return factory.createPolygon(shell, holes);
    }

    /** Concatenates the ring's arcs; consecutive arcs share their joining point, kept once. */
    private LinearRing ring(JsonNode arcIndices) {
        CoordinateList ring = new CoordinateList();
        for (JsonNode index : arcIndices) {
            int i = index.asInt();
            Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                Coordinate c = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k > 0 || ring.isEmpty()) {
                    ring.add(c.copy(), false);
                }
            }
        }
        ring.closeRing();
        return factory.createLinearRing(ring.toCoordinateArray());
    }
}
