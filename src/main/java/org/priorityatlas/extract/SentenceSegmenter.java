package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a body into sentences with exact offsets. A stop ends a sentence unless it belongs to an
 * abbreviation, an initial or a number; closing quotes and brackets after a stop stay with the
 * sentence. A line without a stop (a headline, a caption, a by-line) ends at its line break unless
 * the next line continues it in lower case. Chinese stops (。！？；) always end a sentence.
 */
public final class SentenceSegmenter {
    /** A sentence at {@code [start, end)} of the body, trimmed of surrounding white space. */
    public record Span(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "govt",
            "inc", "ltd", "co", "corp", "vs", "approx", "fig", "vol", "pp", "jr", "sr", "gen", "sen", "rep");
    private static final String CLOSERS = "\"'”’)]}»」』）》】〕";
    private static final String CJK_STOPS = "。！？；";

    private SentenceSegmenter() {
    }

    public static List<Span> split(String body) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < body.length()) {
            int end = sentenceEndAt(body, i);
            if (end > 0) {
                addTrimmed(body, start, end, spans);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        addTrimmed(body, start, body.length(), spans);
        return spans;
    }

    /** Where a sentence ends if the character at {@code i} ends it, else -1. */
    private static int sentenceEndAt(String body, int i) {
        char c = body.charAt(i);
        if (CJK_STOPS.indexOf(c) >= 0) {
            return skipClosers(body, i + 1);
        }
        if (c == '\n') {
            return lineBreakEnds(body, i) ? i + 1 : -1;
        }
        if (c == '.' || c == '!' || c == '?' || c == '…') {
            return latinStopEnds(body, i);
        }
        return -1;
    }

    private static int latinStopEnds(String body, int i) {
        if (body.charAt(i) == '.' && (isNumberPoint(body, i) || isAbbreviation(body, i))) {
            return -1;
        }
        int end = skipClosers(body, i + 1);
        if (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            return -1;
        }
        int next = end;
        while (next < body.length() && body.charAt(next) == ' ') {
            next++;
        }
        boolean continues = next < body.length() && Character.isLowerCase(body.charAt(next));
        return continues ? -1 : end;
    }

    private static boolean isNumberPoint(String body, int i) {
        return i > 0 && i + 1 < body.length() && Character.isDigit(body.charAt(i - 1))
                && Character.isDigit(body.charAt(i + 1));
    }

    /** "Dec.", "Mr.", an initial "J." or a dotted abbreviation "U.S.", "e.g.". */
    private static boolean isAbbreviation(String body, int i) {
        int w = i;
        while (w > 0 && Character.isLetter(body.charAt(w - 1))) {
            w--;
        }
        if (w == i) {
            return false;
        }
        String word = body.substring(w, i);
        boolean initial = word.length() == 1 && (w == 0 || body.charAt(w - 1) != '\'');
        return initial || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A line break ends a sentence unless the next line carries on in lower case. */
    private static boolean lineBreakEnds(String body, int i) {
        int next = i + 1;
        while (next < body.length() && (body.charAt(next) == ' ' || body.charAt(next) == '\t' || body.charAt(next) == '\r')) {
            next++;
        }
        return next >= body.length() || !Character.isLowerCase(body.charAt(next));
    }

    private static int skipClosers(String body, int from) {
        int j = from;
        while (j < body.length() && CLOSERS.indexOf(body.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static void addTrimmed(String body, int start, int end, List<Span> spans) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            spans.add(new Span(s, e));
        }
    }
}
