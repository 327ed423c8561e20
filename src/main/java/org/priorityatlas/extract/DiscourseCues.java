package org.priorityatlas.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words that tell who a clause is about and whether it reports a plan or a past achievement. */
final class DiscourseCues {
    private static final String LEAD = "^(?:(?:meanwhile|also|moreover|in addition|additionally|furthermore|besides|"
            + "at the same time|in particular|likewise),?\\s+)?";
    private static final Pattern SINGULAR_SUBJECT = Pattern.compile("(?i)" + LEAD + "(?:it|its|the (?:province|city|"
            + "municipality|region|autonomous region|island|provincial government|municipal government|local government))\\b"
            + "|^(?:同时，?)?(?:该省|该市|该区|该自治区|全省|全市|全区|其)");
    private static final Pattern PLURAL_SUBJECT = Pattern.compile("(?i)" + LEAD + "(?:they|these (?:areas|provinces|"
            + "regions|cities|municipalities|places)|both (?:provinces|regions|cities)|the two (?:provinces|regions|cities|"
            + "municipalities))\\b|^(?:两地|两省|上述地区|这些地区)");
    private static final Pattern NATIONAL = Pattern.compile("\\b(?:China|Chinese|Central Committee|State Council)\\b"
            + "|(?i)\\b(?:the country|country[’']s|national|nationwide|the nation|central government|provinces|regions|"
            + "local governments|municipalities|cities|areas)\\b|全国|我国|中国|国家|各地|多地|各省|多个省份|地方政府|中央");
    private static final Pattern CENTRAL_GOVERNMENT = Pattern.compile("(?i)\\bnational targets?\\b|\\bnationwide\\b|"
            + "export controls?|\\bWashington\\b|United States|\\bU\\.S\\.|\\bthe West\\b|\\btariffs?\\b|\\bsanctions?\\b|"
            + "trade (?:war|tensions?)|central government|foreign ministry|\\bdiplomat|中央政府|出口管制|美国");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(?:among (?:these|them)|of these|"
            + "(?:this|that) (?:strategic |key |emerging |same )?(?:sector|field|area|industry)|the same (?:sector|field|"
            + "industry)|the sector|these (?:sectors|fields|industries))\\b|其中|该领域|该产业|这一领域|这一产业|上述产业");
    /** Whether a cue word marks a past achievement or an intent. */
    private enum Tense { PAST, PLAN }

    /**
     * Past and plan cue words in one trie, matched case-insensitively as whole words (Chinese anywhere):
     * a single pass per clause, where two alternation-heavy regular expressions took a third of a build.
     */
    private static final PhraseMatcher<Tense> TENSE = tenseCues();

    private DiscourseCues() {
    }

    static boolean singularSubject(String sentence) {
        return SINGULAR_SUBJECT.matcher(sentence).lookingAt();
    }

    static boolean pluralSubject(String sentence) {
        return PLURAL_SUBJECT.matcher(sentence).lookingAt();
    }

    static boolean national(CharSequence clause) {
        return NATIONAL.matcher(clause).find();
    }

    static boolean centralGovernment(CharSequence sentence) {
        return CENTRAL_GOVERNMENT.matcher(sentence).find();
    }

    /** The words that point back at the previous sentence's sectors, or null. */
    static String backReference(CharSequence clause) {
        Matcher m = BACK_REFERENCE.matcher(clause);
        return m.find() ? m.group() : null;
    }

    /** An achievement reported without any word of intent. */
    static boolean past(String clause) {
        boolean past = false;
        for (PhraseMatcher.Match<Tense> m : TENSE.find(clause)) {
            if (m.value() == Tense.PLAN) {
                return false;
            }
            past = true;
        }
        return past;
    }

    private static PhraseMatcher<Tense> tenseCues() {
        PhraseMatcher<Tense> m = new PhraseMatcher<>();
        for (String aux : List.of("has", "have", "had")) {
            for (String verb : List.of("become", "been", "achieved", "built", "completed", "established", "launched",
                    "inaugurated", "formed", "risen", "grown", "attracted", "produced")) {
                m.add(aux + " " + verb, Tense.PAST, PhraseMatcher.Case.ANY);
            }
        }
        for (String verb : List.of("rose", "grew", "increased", "surged", "jumped")) {
            m.add(verb + " by", Tense.PAST, PhraseMatcher.Case.ANY);
            m.add(verb + " to", Tense.PAST, PhraseMatcher.Case.ANY);
        }
        List.of("last year", "past year", "achieved", "recently", "was", "were", "inaugurated", "已经", "已", "去年",
                "实现了", "增长了", "建成").forEach(w -> m.add(w, Tense.PAST, PhraseMatcher.Case.ANY));
        List.of("will", "plan", "plans", "planned", "planning", "aim", "aims", "aiming", "proposed", "proposes",
                "prioritise", "prioritises", "prioritised", "prioritising", "prioritize", "prioritizes",
                "prioritized", "prioritizing", "focus on", "focuses on", "focusing on", "accelerate", "pledged",
                "target", "targets", "targeting", "pushing", "is set to", "are set to", "seek", "seeks", "strive",
                "upgrade", "build", "boost", "develop", "promote", "foster", "strengthen", "将", "计划", "提出", "加快",
                "重点", "力争", "打造", "推动", "培育", "发展").forEach(w -> m.add(w, Tense.PLAN, PhraseMatcher.Case.ANY));
        return m;
    }
}
