package org.priorityatlas.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled dataset with Jackson's streaming parser. The window reads it at every start, and on a
 * cold JVM data binding took about half a second (0.2-0.3 s to create the first {@code ObjectMapper}, the
 * rest to introspect the records) where this takes 0.11-0.13 s (measured on the 90 KB bundled file). It reads the same format
 * as {@link DatasetReader} (unknown fields are skipped; a test checks that both give equal datasets), but
 * its messages are terse: user files go through {@link DatasetReader}, whose messages explain.
 */
final class BundledDatasetReader {
    private interface Value {
        Object read() throws IOException, DatasetFormatException;
    }

    private final JsonParser p;

    private BundledDatasetReader(JsonParser p) {
        this.p = p;
    }

    static Dataset read(InputStream in) throws IOException, DatasetFormatException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            parser.nextToken();
            return new BundledDatasetReader(parser).dataset();
        }
    }

    private Dataset dataset() throws IOException, DatasetFormatException {
        Map<String, Object> f = object(Map.of("schemaVersion", this::integer, "documents", list(this::document),
                "regions", list(this::region), "sectors", list(this::sector), "sentences", list(this::sentence),
                "claims", list(this::claim)));
        return new Dataset((Integer) required(f, "schemaVersion"), cast(f.get("documents")), cast(f.get("regions")),
                cast(f.get("sectors")), cast(f.get("sentences")), cast(f.get("claims")));
    }

    private DocumentInfo document() throws IOException, DatasetFormatException {
        Map<String, Object> f = strings("id", "file", "title", "outlet", "date", "period", "url", "language", "sha256");
        return new DocumentInfo(str(f, "id"), str(f, "file"), str(f, "title"), str(f, "outlet"), str(f, "date"),
                str(f, "period"), str(f, "url"), str(f, "language"), str(f, "sha256"));
    }

    private Region region() throws IOException, DatasetFormatException {
        Map<String, Object> f = object(Map.of("id", this::string, "code", this::string, "name", this::name,
                "type", this::string));
        return new Region(str(f, "id"), str(f, "code"), (LocalizedName) f.get("name"), str(f, "type"));
    }

    private Sector sector() throws IOException, DatasetFormatException {
        Map<String, Object> f = object(Map.of("id", this::string, "name", this::name, "color", this::string,
                "family", this::string));
        return new Sector(str(f, "id"), (LocalizedName) f.get("name"), str(f, "color"), str(f, "family"));
    }

    private LocalizedName name() throws IOException, DatasetFormatException {
        Map<String, Object> f = strings("en", "zh");
        return new LocalizedName(str(f, "en"), str(f, "zh"));
    }

    private Sentence sentence() throws IOException, DatasetFormatException {
        Map<String, Object> f = object(Map.of("id", this::string, "document", this::string, "start", this::integer,
                "end", this::integer, "text", this::string, "kind", this::string));
        return new Sentence(str(f, "id"), str(f, "document"), (Integer) required(f, "start"),
                (Integer) required(f, "end"), str(f, "text"), str(f, "kind"));
    }

    private Claim claim() throws IOException, DatasetFormatException {
        Map<String, Object> f = object(Map.of("region", this::string, "sector", this::string,
                "sentences", list(this::string), "matched", list(this::string), "support", list(this::support)));
        return new Claim(str(f, "region"), str(f, "sector"), cast(f.get("sentences")), cast(f.get("matched")),
                cast(f.get("support")));
    }

    private Support support() throws IOException, DatasetFormatException {
        Map<String, Object> f = object(Map.of("sentence", this::string, "terms", list(this::string),
                "via", this::string, "place", this::string, "past", this::bool));
        return new Support(str(f, "sentence"), cast(f.get("terms")), str(f, "via"), str(f, "place"),
                (Boolean) required(f, "past"));
    }

    /** An object whose fields are read by {@code fields}; others are skipped, nulls kept as null. */
    private Map<String, Object> object(Map<String, Value> fields) throws IOException, DatasetFormatException {
        expect(JsonToken.START_OBJECT);
        Map<String, Object> values = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            Value value = fields.get(name);
            if (value == null) {
                p.skipChildren();
            } else {
                values.put(name, token == JsonToken.VALUE_NULL ? null : value.read());
            }
        }
        return values;
    }

    private Map<String, Object> strings(String... names) throws IOException, DatasetFormatException {
        Map<String, Value> fields = new HashMap<>();
        for (String name : names) {
            fields.put(name, this::string);
        }
        return object(fields);
    }

    private Value list(Value item) {
        return () -> {
            expect(JsonToken.START_ARRAY);
            List<Object> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(p.currentToken() == JsonToken.VALUE_NULL ? null : item.read());
            }
            return items;
        };
    }

    private String string() throws IOException, DatasetFormatException {
        expect(JsonToken.VALUE_STRING);
        return p.getText();
    }

    private Integer integer() throws IOException, DatasetFormatException {
        expect(JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private Boolean bool() throws IOException, DatasetFormatException {
        if (!p.currentToken().isBoolean()) {
            throw problem("expected true or false");
        }
        return p.getBooleanValue();
    }

    private void expect(JsonToken token) throws DatasetFormatException {
        if (p.currentToken() != token) {
            throw problem("expected " + token + ", found " + p.currentToken());
        }
    }

    private Object required(Map<String, Object> fields, String name) throws DatasetFormatException {
        Object value = fields.get(name);
        if (value == null) {
            throw problem("'" + name + "' is missing or null");
        }
        return value;
    }

    private DatasetFormatException problem(String what) {
        var at = p.currentLocation();
        return new DatasetFormatException(what + " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    private static String str(Map<String, Object> fields, String name) {
        return (String) fields.get(name);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }
}
