package org.priorityatlas.extract;

import org.priorityatlas.dataset.IoReason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a text, Markdown or HTML file into a {@link SourceDocument}. Anything that is not a
 * readable UTF-8 text document is rejected with a one-line reason, so a build can skip it and go on.
 */
public final class DocumentReader {
    /** Far above any news article; stops a stray archive or dump from exhausting memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Share of control characters above which a file is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private DocumentReader() {
    }

    public static SourceDocument read(Path file) throws DocumentRejectedException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DocumentRejectedException("too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            return parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DocumentRejectedException("cannot be read (" + IoReason.reading(e) + ")");
        }
    }

    /** Parses a file's bytes; {@code fileName} decides the format by its extension. */
    public static SourceDocument parse(String fileName, byte[] bytes) throws DocumentRejectedException {
        if (bytes.length > MAX_BYTES) {
            throw new DocumentRejectedException("too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES + ")");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new DocumentRejectedException("empty");
        }
        rejectBinary(text);
        String id = stripExtension(fileName);
        String sha = sha256(bytes);
        if (isHtml(fileName)) {
            HtmlText html = HtmlText.extract(text);
            return HeaderParser.parse(id, fileName, html.body(), sha, html.metadata());
        }
        return HeaderParser.parse(id, fileName, text, sha, java.util.Map.of());
    }

    static String decode(byte[] bytes) throws DocumentRejectedException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new DocumentRejectedException("not valid UTF-8 (malformed input of length " + e.getInputLength() + ")");
        } catch (CharacterCodingException e) {
            throw new DocumentRejectedException("not valid UTF-8");
        }
    }

    private static void rejectBinary(String text) throws DocumentRejectedException {
        if (text.indexOf('\0') >= 0) {
            throw new DocumentRejectedException("binary content (NUL bytes)");
        }
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > MAX_CONTROL_SHARE * text.length()) {
            throw new DocumentRejectedException("binary content (" + control + " control characters)");
        }
    }

    private static boolean isHtml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
