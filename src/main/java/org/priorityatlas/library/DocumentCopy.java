package org.priorityatlas.library;

import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.extract.SourceDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library's own copy of an added document: a {@code key: value} header (the resolved title, outlet,
 * date, period, url and language, then any other keys the document carried) and the body verbatim. The
 * copy is a plain text file even for HTML, so the copy alone rebuilds the document's sentences exactly.
 *
 * @param fileName {@code user-<slug>-<hash>.txt}: stable for the same text, so re-adding finds it
 * @param document the copy as {@link DocumentReader} reads it back, which is what the dataset indexes
 */
record DocumentCopy(String fileName, byte[] bytes, SourceDocument document, String bodySha256) {
    static final String PREFIX = "user-";
    static final String EXTENSION = ".txt";
    private static final List<String> KNOWN_ORDER = List.of("title", "outlet", "date", "period", "url", "language");
    private static final int SLUG_LENGTH = 32;
    private static final int HASH_LENGTH = 10;

    static DocumentCopy of(SourceDocument source, Overrides overrides) throws DocumentRejectedException {
        if (source.body().isBlank()) {
            throw new DocumentRejectedException("has a header but no text");
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", pick(overrides.title(), source.title()));
        header.put("outlet", pick(overrides.outlet(), source.outlet()));
        header.put("date", pick(overrides.date(), source.date()));
        header.put("period", pick(overrides.period(), source.period()));
        header.put("url", source.url());
        header.put("language", source.language());
        source.header().forEach(header::putIfAbsent);
        StringBuilder text = new StringBuilder();
        header.forEach((key, value) -> {
            String clean = oneLine(value);
            if (!clean.isEmpty()) {
                text.append(key).append(": ").append(clean).append('\n');
            }
        });
        text.append('\n').append(source.body());
        String bodySha = bodySha256(source.body());
        String fileName = PREFIX + slug(header.get("title")) + "-" + bodySha.substring(0, HASH_LENGTH) + EXTENSION;
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        // Read the copy back exactly as the store will, so the dataset's offsets index the stored body.
        SourceDocument stored = DocumentReader.parse(fileName, bytes);
        if (!stored.body().equals(source.body())) {
            throw new DocumentRejectedException("its text cannot be stored unchanged");
        }
        return new DocumentCopy(fileName, bytes, stored, bodySha);
    }

    /** The content hash that decides "the same document": line endings and surrounding blanks don't count. */
    static String bodySha256(String body) {
        String normalized = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static boolean isCopyName(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(EXTENSION);
    }

    private static String pick(String override, String own) {
        return override != null && !override.isBlank() ? override : own;
    }

    /** A header value must stay on its line: any line or control character becomes a space. */
    private static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }

    private static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > SLUG_LENGTH) {
            ascii = ascii.substring(0, SLUG_LENGTH).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "document" : ascii;
    }
}
