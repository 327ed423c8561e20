package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the place names that act in a sentence. Drops datelines ("BEIJING --", "新华社北京1月27日电"),
 * places that only locate someone or something ("a researcher in Beijing", "headquartered in
 * Shenzhen") and groupings whose member is named in the same sentence ("the Pearl River Delta,
 * where Guangdong is located" is about Guangdong).
 */
final class PlaceFilter {
    private static final Pattern LOCATING_WORDS = Pattern.compile("(?i)(?:\\b(?:researchers?|scientists?|professors?|"
            + "analysts?|economists?|experts?|students?|residents?|compan(?:y|ies)|firms?|startups?|factor(?:y|ies)|plants?|"
            + "lines?|facilit(?:y|ies)|labs?|laborator(?:y|ies)|universit(?:y|ies)|institutes?|offices?|headquarters|"
            + "branch(?:es)?|stores?)\\s+(?:[\\w’'-]+\\s+){0,3}(?:in|at|from|near)|\\b(?:headquartered|based|located|born|"
            + "held|visited|visit to|trip to|travell?ed to|moved to|relocated to)(?:\\s+in)?)\\s+(?:the\\s+)?"
            + "(?:(?:city|province) of\\s+)?$|(?:总部位于|位于|总部设在|来自|落户)$");
    private static final java.util.Set<String> LOCATING_LAST_WORDS = java.util.Set.of("in", "at", "from", "near",
            "headquartered", "based", "located", "born", "held", "visited", "to", "置", "于", "自", "在", "户");
    private static final java.util.Set<String> SKIPPED_WORDS = java.util.Set.of("the", "of", "city", "province");
    /** Chinese puts the locating verb after the place: "在北京工作的研究人员". */
    private static final Pattern LOCATING_AFTER = Pattern.compile("^(?:工作|生活|学习|读书|出差|任职)的");
    private static final Pattern CHINESE_DATELINE = Pattern.compile("^\\d{1,2}月\\d{1,2}日");

    private PlaceFilter() {
    }

    static List<Gazetteer.Mention> actors(String body, int sentenceStart, List<Gazetteer.Mention> mentions) {
        List<Gazetteer.Mention> kept = new ArrayList<>();
        for (Gazetteer.Mention m : mentions) {
            if (!isDateline(body, m) && !isLocating(body, sentenceStart, m)) {
                kept.add(m);
            }
        }
        kept.removeIf(m -> Gazetteer.GROUPING.equals(m.place().kind()) && memberNamed(m, kept));
        return kept;
    }

    private static boolean isDateline(String body, Gazetteer.Mention m) {
        boolean shouted = m.text().chars().anyMatch(Character::isUpperCase)
                && m.text().chars().noneMatch(Character::isLowerCase) && m.text().length() > 3;
        return shouted || CHINESE_DATELINE.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 8)).lookingAt();
    }

    private static boolean isLocating(String body, int sentenceStart, Gazetteer.Mention m) {
        if (!LOCATING_LAST_WORDS.contains(lastWordBefore(body, sentenceStart, m.start()))) {
            return LOCATING_AFTER.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 4)).lookingAt();
        }
        Matcher before = LOCATING_WORDS.matcher(body).region(Math.max(sentenceStart, m.start() - 80), m.start());
        Matcher after = LOCATING_AFTER.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 4));
        return before.find() || after.lookingAt();
    }

    /**
     * The word just before a place, looking past "the", "city of" and "province of"; a cheap test
     * that spares running the locating pattern before most names. Chinese text yields its last character.
     */
    private static String lastWordBefore(String body, int sentenceStart, int at) {
        int end = at;
        while (true) {
            while (end > sentenceStart && body.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > sentenceStart && Character.isLetter(body.charAt(start - 1)) && PhraseMatcher.isLatin(body.charAt(start - 1))) {
                start--;
            }
            String word = start == end ? (end > sentenceStart ? body.substring(end - 1, end) : "")
                    : body.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (!SKIPPED_WORDS.contains(word)) {
                return word;
            }
            end = start;
        }
    }

    private static boolean memberNamed(Gazetteer.Mention grouping, List<Gazetteer.Mention> mentions) {
        return mentions.stream().anyMatch(o -> !Gazetteer.GROUPING.equals(o.place().kind())
                && grouping.place().regions().containsAll(o.place().regions()));
    }
}
