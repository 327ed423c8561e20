package org.priorityatlas.extract;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A document as read from disk: its header fields, its body (the text that sentence offsets index)
 * and the SHA-256 of the file's bytes.
 *
 * @param id       the file name without its extension
 * @param header   header fields as written, plus defaults inferred from HTML metadata
 * @param warnings problems that did not stop the document from being read (unknown header keys)
 */
public record SourceDocument(String id, String file, Map<String, String> header, String body,
                             String sha256, List<String> warnings) {
    public static final String UNKNOWN_OUTLET = "unknown";
    public static final String UNDATED = "undated";
    public static final String UNSPECIFIED = "unspecified";

    public SourceDocument {
        SortedMap<String, String> sorted = new TreeMap<>(header);
        header = java.util.Collections.unmodifiableSortedMap(sorted);
        warnings = List.copyOf(warnings);
    }

    public String title() {
        String t = header.get("title");
        if (t != null && !t.isBlank()) {
            return t.strip();
        }
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(id);
    }

    public String outlet() {
        return header.getOrDefault("outlet", UNKNOWN_OUTLET);
    }

    public String date() {
        return header.getOrDefault("date", UNDATED);
    }

    public String period() {
        String p = header.get("period");
        return p != null ? p : PeriodInference.infer(body);
    }

    /** The publication address, or null: never invented. */
    public String url() {
        return header.get("url");
    }

    public String language() {
        String l = header.get("language");
        return l != null ? l : PeriodInference.language(body);
    }
}
