package org.priorityatlas.geo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads and writes GeoJSON FeatureCollections of (Multi)Polygons as JTS geometries, with Jackson.
 * Only the subset the atlas needs: polygonal geometries, lon/lat, an optional feature {@code id}.
 */
public final class GeoJson {
    /** WGS 84 lon/lat; floating precision, the files carry the rounding. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One GeoJSON Feature; {@code id} may be null. */
    public record Feature(String id, ObjectNode properties, Geometry geometry) {
    }

    private GeoJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static List<Feature> read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException("not a GeoJSON FeatureCollection");
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode id = f.get("id");
            JsonNode props = f.get("properties");
            features.add(new Feature(id == null || id.isNull() ? null : id.asText(),
                    props instanceof ObjectNode o ? o : MAPPER.createObjectNode(),
                    geometry(f.get("geometry"))));
        }
        return features;
    }

    /** A GeoJSON Polygon or MultiPolygon object as JTS. */
    public static Geometry geometry(JsonNode g) throws IOException {
        if (g == null || g.isNull()) {
            throw new IOException("feature without geometry");
        }
        JsonNode coords = g.path("coordinates");
        switch (g.path("type").asText()) {
            case "Polygon":
                return polygon(coords);
            case "MultiPolygon":
                Polygon[] parts = new Polygon[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coords.get(i));
                }
                return FACTORY.createMultiPolygon(parts);
            default:
                throw new IOException("unsupported geometry type " + g.path("type").asText());
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            JsonNode p = points.get(i);
            cs[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        return FACTORY.createLinearRing(cs);
    }

    /**
     * Writes a FeatureCollection with one feature per line (readable diffs), coordinates rounded to
     * {@code decimals} places. Rounding is the caller's concern for validity; this only formats.
     */
    public static void write(List<Feature> features, OutputStream out, int decimals) throws IOException {
        double scale = Math.pow(10, decimals);
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < features.size(); i++) {
                Feature f = features.get(i);
                gen.writeStartObject();
                gen.writeStringField("type", "Feature");
                if (f.id() != null) {
                    gen.writeStringField("id", f.id());
                }
                gen.writeFieldName("properties");
                MAPPER.writeTree(gen, f.properties());
                gen.writeFieldName("geometry");
                writeGeometry(gen, f.geometry(), scale);
                gen.writeEndObject();
                gen.writeRaw(i + 1 < features.size() ? ",\n" : "\n");
            }
            gen.writeRaw("]}\n");
        }
    }

    private static void writeGeometry(JsonGenerator gen, Geometry g, double scale) throws IOException {
        gen.writeStartObject();
        if (g instanceof Polygon p) {
            gen.writeStringField("type", "Polygon");
            gen.writeFieldName("coordinates");
            writePolygon(gen, p, scale);
        } else if (g instanceof MultiPolygon mp) {
            gen.writeStringField("type", "MultiPolygon");
            gen.writeFieldName("coordinates");
            gen.writeStartArray();
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                writePolygon(gen, (Polygon) mp.getGeometryN(i), scale);
            }
            gen.writeEndArray();
        } else {
            throw new IOException("unsupported geometry type " + g.getGeometryType());
        }
        gen.writeEndObject();
    }

    private static void writePolygon(JsonGenerator gen, Polygon p, double scale) throws IOException {
        gen.writeStartArray();
        writeRing(gen, p.getExteriorRing().getCoordinates(), scale);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            writeRing(gen, p.getInteriorRingN(i).getCoordinates(), scale);
        }
        gen.writeEndArray();
    }

    private static void writeRing(JsonGenerator gen, Coordinate[] cs, double scale) throws IOException {
        gen.writeStartArray();
        for (Coordinate c : cs) {
            gen.writeStartArray();
            gen.writeNumber(round(c.x, scale));
            gen.writeNumber(round(c.y, scale));
            gen.writeEndArray();
        }
        gen.writeEndArray();
    }

    /** Rounds to the grid the files use; the tool rounds geometries with this before validating. */
    public static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
