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
        Matcher always = ALWAYS.matcher(body).region(start, end);
        while (always.find()) {
            cuts.add(always.start());
        }
        Matcher maybe = IF_NEW_SUBJECT.matcher(body).region(start, end);
        while (maybe.find()) {
            int after = maybe.end();
            if (places.stream().anyMatch(p -> p.start() >= after && p.start() <= after + NEW_SUBJECT_REACH)) {
                cuts.add(maybe.start());
            }
        }
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
