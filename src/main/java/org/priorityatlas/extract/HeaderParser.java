package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into its {@code key: value} header and its body. A header is recognised only
 * when the first line names a known key, so a body that opens with "Business" or "Note: ..." stays
 * whole; the body is kept exactly as written because sentence offsets index it.
 */
final class HeaderParser {
    static final Set<String> KNOWN_KEYS = Set.of("title", "outlet", "date", "period", "url", "language");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,40}):(?:[ \\t]+(.*))?");

    private HeaderParser() {
    }

    static SourceDocument parse(String id, String file, String text, String sha, Map<String, String> defaults) {
        Map<String, String> header = new LinkedHashMap<>(defaults);
        List<String> warnings = new ArrayList<>();
        int bodyStart = headerEnd(text, header, warnings);
        if (bodyStart < 0) {
            return new SourceDocument(id, file, defaults, text, sha, List.of());
        }
        return new SourceDocument(id, file, header, text.substring(bodyStart), sha, warnings);
    }

    /** The index where the body starts, or -1 when the text has no header. */
    private static int headerEnd(String text, Map<String, String> header, List<String> warnings) {
        int pos = 0;
        boolean first = true;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = stripCr(text.substring(pos, lineEnd));
            int next = nl < 0 ? text.length() : nl + 1;
            if (line.isBlank()) {
                return first ? -1 : next;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches() || first && !KNOWN_KEYS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return -1;
            }
            put(header, warnings, m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
            first = false;
            pos = next;
        }
        return -1;
    }

    private static void put(Map<String, String> header, List<String> warnings, String key, String value) {
        if (!KNOWN_KEYS.contains(key)) {
            warnings.add("unknown header key '" + key + "' (kept)");
        }
        if (value != null && !value.isBlank()) {
            header.put(key, value.strip());
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
