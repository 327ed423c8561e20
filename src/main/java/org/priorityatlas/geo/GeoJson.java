package org.priorityatlas.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads and writes GeoJSON FeatureCollections of (Multi)Polygons as JTS geometries. Only the subset
 * the atlas needs: polygonal geometries in lon/lat, an optional feature {@code id}, and properties as
 * plain maps, lists, strings and numbers.
 *
 * <p>Uses Jackson's streaming API, not databind: an ObjectMapper costs about 300 ms of class loading
 * on a cold JVM, more than parsing the region file itself, and this runs at application start-up.
 */
public final class GeoJson {
    /** WGS 84 lon/lat; floating precision, the files carry the rounding. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private static final JsonFactory JSON = new JsonFactory();

    /** One GeoJSON Feature; {@code id} may be null. */
    public record Feature(String id, Map<String, Object> properties, Geometry geometry) {
        /** A property as text, "" when absent. */
        public String string(String key) {
            Object value = properties.get(key);
            return value == null ? "" : value.toString();
        }

        /** A numeric property, NaN when absent. */
        public double number(String key) {
            return properties.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
        }

        /** A numeric array property, e.g. {@code label}; empty when absent. */
        public double[] numbers(String key) {
            Object value = properties.get(key);
            if (value instanceof Coordinate c) {
                return new double[] {c.x, c.y};
            }
            return value instanceof List<?> list
                    ? list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray() : new double[0];
        }
    }

    private GeoJson() {
    }

    public static List<Feature> read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (!(read(p) instanceof Map<?, ?> root) || !"FeatureCollection".equals(root.get("type"))) {
                throw new IOException("not a GeoJSON FeatureCollection");
            }
            List<Feature> features = new ArrayList<>();
            for (Object f : (List<?>) root.get("features")) {
                Map<?, ?> feature = (Map<?, ?>) f;
                Object id = feature.get("id");
                @SuppressWarnings("unchecked")
                Map<String, Object> props = feature.get("properties") instanceof Map<?, ?> m
                        ? (Map<String, Object>) m : new LinkedHashMap<>();
                features.add(new Feature(id == null ? null : id.toString(), props,
                        GeoJsonGeometry.toJts((Map<?, ?>) feature.get("geometry"))));
            }
            return features;
        }
    }

    /**
     * The next JSON value as maps, lists, strings, numbers and booleans; an array of exactly two
     * numbers (a position, also a {@code label} property) becomes a {@link Coordinate} straight away.
     */
    private static Object read(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        return token == null ? null : value(p, token);
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    map.put(name, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                JsonToken first = p.nextToken();
                if (first.isNumeric()) {
                    return position(p);
                }
                List<Object> list = new ArrayList<>();
                for (JsonToken t = first; t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(value(p, t));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getBooleanValue();
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected JSON token " + token);
        }
    }

    /** The numbers of an array whose first number is the current token; two make a Coordinate. */
    private static Object position(JsonParser p) throws IOException {
        List<Double> numbers = new ArrayList<>(3);
        for (JsonToken t = p.currentToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            numbers.add(p.getDoubleValue());
        }
        return numbers.size() == 2 ? new Coordinate(numbers.get(0), numbers.get(1)) : numbers;
    }

    /**
     * Writes a FeatureCollection with one feature per line (readable diffs), coordinates rounded to
     * {@code decimals} places. Rounding is the caller's concern for validity; this only formats.
     */
    public static void write(List<Feature> features, OutputStream out, int decimals) throws IOException {
        double scale = Math.pow(10, decimals);
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            gen.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < features.size(); i++) {
                Feature f = features.get(i);
                gen.writeStartObject();
                gen.writeStringField("type", "Feature");
                if (f.id() != null) {
                    gen.writeStringField("id", f.id());
                }
                gen.writeFieldName("properties");
                writeValue(gen, f.properties());
                gen.writeFieldName("geometry");
                writeGeometry(gen, f.geometry(), scale);
                gen.writeEndObject();
                gen.writeRaw(i + 1 < features.size() ? ",\n" : "\n");
            }
            gen.writeRaw("]}\n");
        }
    }

    private static void writeValue(JsonGenerator gen, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(e.getKey().toString());
                writeValue(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object v : list) {
                writeValue(gen, v);
            }
            gen.writeEndArray();
        } else if (value instanceof Number n) {
            gen.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value.toString());
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

    /** Rounds to the grid the files use. */
    public static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
