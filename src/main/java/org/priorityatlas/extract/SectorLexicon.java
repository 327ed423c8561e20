package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds sector terms in English and Chinese, from {@code /lexicon/sectors.tsv}. */
public final class SectorLexicon {
    /** A sector term at {@code [start, end)}, as written in the text. */
    public record Term(int start, int end, String text, String sector) {
    }

    private static final String STOP = "-";
    private static final SectorLexicon BUNDLED = new SectorLexicon(LexiconFile.rows("/lexicon/sectors.tsv", 3));

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>();

    private SectorLexicon(List<String[]> rows) {
        for (String[] row : rows) {
            String sector = STOP.equals(row[0]) ? null : row[0];
            PhraseMatcher.Case caseRule = "exact".equals(row[1]) ? PhraseMatcher.Case.EXACT : PhraseMatcher.Case.ANY;
            for (String term : row[2].split("\\|")) {
                matcher.add(term, sector, caseRule);
                String plural = plural(term);
                if (caseRule == PhraseMatcher.Case.ANY && plural != null) {
                    matcher.add(plural, sector, caseRule);
                }
            }
        }
    }

    public static SectorLexicon load() {
        return BUNDLED;
    }

    /** The regular English plural of a term's last word, or null for Chinese and words ending in s. */
    static String plural(String term) {
        char last = term.charAt(term.length() - 1);
        if (!PhraseMatcher.isLatin(last) || last == 's' || Character.isDigit(last)) {
            return null;
        }
        if (last == 'y' && term.length() > 1 && "aeiou".indexOf(term.charAt(term.length() - 2)) < 0) {
            return term.substring(0, term.length() - 1) + "ies";
        }
        return term + "s";
    }

    public List<Term> find(String text) {
        return find(text, 0, text.length());
    }

    public List<Term> find(String text, int from, int to) {
        List<Term> terms = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : matcher.find(text, from, to)) {
            terms.add(new Term(m.start(), m.end(), text.substring(m.start(), m.end()), m.value()));
        }
        return terms;
    }
}
