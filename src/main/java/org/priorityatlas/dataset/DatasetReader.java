package org.priorityatlas.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a dataset file, turning Jackson's multi-line failures into one line with a position. */
public final class DatasetReader {
    private DatasetReader() {
    }

    public static Dataset read(Path file) throws DatasetFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new DatasetFormatException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public static Dataset read(InputStream in) throws DatasetFormatException, IOException {
        try {
            Dataset dataset = DatasetJson.MAPPER.readValue(in, Dataset.class);
            if (dataset == null) {
                throw new DatasetFormatException("empty file: expected a JSON object");
            }
            return dataset;
        } catch (JsonParseException e) {
            throw new DatasetFormatException("malformed JSON" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (JsonMappingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                throw new DatasetFormatException("malformed JSON" + at(e.getLocation()) + ": the file ends too early");
            }
            throw new DatasetFormatException("not a dataset" + at(e.getLocation()) + path(e) + ": "
                    + firstLine(rootMessage(e)));
        } catch (JsonProcessingException e) {
            throw new DatasetFormatException("unreadable JSON" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPathReference();
        return path == null || path.isEmpty() ? "" : " (" + path.replaceAll("org\\.priorityatlas\\.dataset\\.", "") + ")";
    }

    /** A constructor's NullPointerException says more than Jackson's wrapper around it. */
    private static String rootMessage(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException) {
            return "a required field is missing or null";
        }
        return e.getOriginalMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        int noise = line.indexOf(" (start marker at [Source");
        return noise < 0 ? line : line.substring(0, noise);
    }
}
