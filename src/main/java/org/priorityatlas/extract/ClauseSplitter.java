package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses that may have different subjects ("Beijing targets AI, while
 * Guangdong focuses on chips") and finds parentheses that describe the place just before them
 * ("Shanghai (which recently opened a robot training centre)"). Offsets are body offsets.
 */
final class ClauseSplitter {
    /** A range of the body. */
    record Range(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** A parenthesis right after a place name: its sector terms belong to that place alone. */
    record Aside(Range range, Gazetteer.Mention owner) {
    }

    private static final Pattern ALWAYS = Pattern.compile("[;；]|\\s+(?:while|whereas)\\s+|,\\s+but\\s+|，(?:而|但)");
    /** ", and" or a Chinese comma split only when a new subject, a place, follows at once. */
    private static final Pattern IF_NEW_SUBJECT = Pattern.compile(",\\s+and\\s+(?:the\\s+)?|，(?:同时)?");
    private static final int NEW_SUBJECT_REACH = 20;
    private static final Pattern PARENTHESIS = Pattern.compile("[(（][^()（）]*[)）]");

    private ClauseSplitter() {
    }

    static List<Range> clauses(String body, int start, int end, List<Gazetteer.Mention> places) {
        List<Integer> cuts = new ArrayList<>();
        eachMatch(ALWAYS, body, start, end, (from, to) -> cuts.add(from));
        eachMatch(IF_NEW_SUBJECT, body, start, end, (from, to) -> {
            if (places.stream().anyMatch(p -> p.start() >= to && p.start() <= to + NEW_SUBJECT_REACH)) {
                cuts.add(from);
            }
        });
        cuts.sort(Integer::compare);
        List<Range> ranges = new ArrayList<>();
        int from = start;
        for (int cut : cuts) {
            if (cut > from) {
                ranges.add(new Range(from, cut));
                from = cut;
            }
        }
        ranges.add(new Range(from, end));
        return ranges;
    }

    /**
     * Reports the matches {@code find()} would report in {@code [start, end)}, trying the pattern only where
     * a separator can begin (see {@link #next}).
     */
    private static void eachMatch(Pattern pattern, String body, int start, int end, Found found) {
        Matcher m = pattern.matcher(body);
        int at = next(body, start, end);
        while (at < end) {
            m.region(at, end);
            if (m.lookingAt()) {
                found.at(at, m.end());
                at = next(body, Math.max(at + 1, m.end()), end);
            } else {
                at = next(body, at + 1, end);
            }
        }
    }

    @FunctionalInterface
    private interface Found {
        void at(int from, int to);
    }

    /**
     * The next position where a clause separator can begin: every alternative of {@link #ALWAYS} and
     * {@link #IF_NEW_SUBJECT} starts with a semicolon, a comma or white space, so trying the patterns only
     * there finds what {@code find()} would, without running them at every letter.
     */
    private static int next(String body, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = body.charAt(i);
            if (c == ';' || c == '；' || c == ',' || c == '，' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return end;
    }

    static List<Aside> asides(String body, int start, int end, List<Gazetteer.Mention> places) {
        List<Aside> asides = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(body).region(start, end);
        while (m.find()) {
            int open = m.start();
            int before = open;
            while (before > start && body.charAt(before - 1) == ' ') {
                before--;
            }
            for (Gazetteer.Mention p : places) {
                if (p.end() == before) {
                    asides.add(new Aside(new Range(m.start(), m.end()), p));
                }
            }
        }
        return asides;
    }
}
