package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds names of China's provincial-level regions, their major cities and regional groupings, in
 * English and Chinese, from {@code /lexicon/gazetteer.tsv}.
 */
public final class Gazetteer {
    public static final String NAME = "name";
    public static final String CITY = "city";
    public static final String GROUPING = "grouping";

    /** What a name refers to: one region (a name or a city) or the members of a grouping. */
    public record Place(String kind, List<String> regions) {
        public Place {
            regions = List.copyOf(regions);
        }
    }

    /** A place name at {@code [start, end)} of a text. */
    public record Mention(int start, int end, String text, Place place) {
    }

    private static final Gazetteer BUNDLED = new Gazetteer(LexiconFile.rows("/lexicon/gazetteer.tsv", 3));

    private final PhraseMatcher<Place> matcher = new PhraseMatcher<>();

    private Gazetteer(List<String[]> rows) {
        for (String[] row : rows) {
            List<String> regions = List.of(row[1].split(","));
            for (String name : row[2].split("\\|")) {
                addName(row[0], regions, name);
            }
        }
    }

    public static Gazetteer load() {
        return BUNDLED;
    }

    private void addName(String kind, List<String> regions, String name) {
        Place place = new Place(kind, regions);
        matcher.add(name, place, PhraseMatcher.Case.CAPITALIZED);
        if (NAME.equals(kind) && PhraseMatcher.isLatin(name.charAt(0))) {
            matcher.add(name + " Province", place, PhraseMatcher.Case.CAPITALIZED);
            matcher.add(name + " Municipality", place, PhraseMatcher.Case.CAPITALIZED);
        }
    }

    public List<Mention> find(String text) {
        return find(text, 0, text.length());
    }

    public List<Mention> find(String text, int from, int to) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<Place> m : matcher.find(text, from, to)) {
            mentions.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()), m.value()));
        }
        return mentions;
    }
}
