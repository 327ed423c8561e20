package org.priorityatlas.extract;

import org.priorityatlas.dataset.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells running text from photo captions and page furniture (menus, by-lines, time stamps, share
 * buttons, copyright notices). Captions and furniture are judged by their whole line, since a caption
 * like "Workers ... 2025. /VCG" splits into several sentences.
 */
public final class SentenceClassifier {
    private static final Pattern CAPTION = Pattern.compile(
            "\\[Photo[^\\]]*\\]|\\bPhotos?\\s*:|\\bPhoto by\\b|/\\s*(?:VCG|Xinhua|IC|CFP|CNS|Reuters|AFP|AP|Getty Images)\\s*$"
                    + "|^\\(?(?:Cover|Image|Images|Photo) (?:via|made|courtesy|credit)|^This (?:photo|picture|image) (?:taken|shows)"
                    + "|（图|图片来源|供图|摄）|摄影：");
    /** Words that mark a whole line as legal notice or editorial furniture, matched in lower case. */
    private static final List<String> FURNITURE_WORDS = List.of("copyright", "all rights reserved", "©",
            "your email address will not be published", "版权所有", "责任编辑");
    private static final Pattern FURNITURE_LABEL = Pattern.compile("^(?:来源|编辑|记者|作者)[:：]");
    /** Every caption pattern contains one of these; lines without any skip the caption pattern. */
    private static final List<String> CAPTION_HINTS = List.of("Photo", "photo", "/", "Image", "Cover", "This ", "图", "摄");
    private static final Pattern FURNITURE_SENTENCE = Pattern.compile(
            "(?i)advertisement|leave a reply|leave a comment|select (?:voice|speed)|share(?:\\s*-\\s*\\w+)?|listen|"
                    + "top|back to the top|english|follow us|close|related stories|related articles|read more|"
                    + "subscribe|print|comments?|\\d+(?:\\.\\d+)?x|\\d+|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d+-min read.*|"
                    + "required fields are marked.*|分享到.*|扫一扫.*|返回顶部|打印|关闭");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}|\\b\\d{1,2}:\\d{2}\\b|\\bGMT[+-]\\d");
    /** A lower-case letter glued to a capital ("EditionASIA", "EconomyChina"): menu items run together. */
    private static final Pattern GLUED_MENU = Pattern.compile("\\p{Ll}\\p{Lu}");
    /** Captions, credits and legal notices are short; a longer line is running text, and skipping it keeps the build fast. */
    private static final int LONGEST_FURNITURE = 600;
    private static final String STOPS = ".!?。！？";

    private SentenceClassifier() {
    }

    /**
     * The kind every sentence of a line shares, or null when each sentence is judged alone. Called
     * once per line: a paragraph of many sentences is one line.
     */
    public static String lineKind(String line) {
        if (line.length() > LONGEST_FURNITURE) {
            return null;
        }
        if (CAPTION_HINTS.stream().anyMatch(line::contains) && CAPTION.matcher(line).find()) {
            return Sentence.CAPTION;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (FURNITURE_WORDS.stream().anyMatch(lower::contains) || FURNITURE_LABEL.matcher(line).find()
                || isMenuOrByline(line)) {
            return Sentence.BOILERPLATE;
        }
        return null;
    }

    /**
     * @param lineKind what {@link #lineKind} said of the sentence's line
     * @param sentence the sentence text, trimmed
     */
    public static String classify(String lineKind, String sentence) {
        if (lineKind != null) {
            return lineKind;
        }
        return FURNITURE_SENTENCE.matcher(sentence).matches() ? Sentence.BOILERPLATE : Sentence.BODY;
    }

    /** Short lines without a stop that are menus, by-lines, datelines or lone names and labels. */
    private static boolean isMenuOrByline(String line) {
        if (endsWithStop(line)) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length > 12) {
            return false;
        }
        if (DATE_OR_TIME.matcher(line).find() || line.chars().filter(c -> c == '/' || c == '|').count() >= 2) {
            return true;
        }
        if (words.length <= 8 && GLUED_MENU.matcher(line).find()) {
            return true;
        }
        return words.length <= 3 && allCapitalised(words);
    }

    /** Ends with a sentence stop, possibly followed by closing quotes or brackets. */
    private static boolean endsWithStop(String line) {
        int i = line.length() - 1;
        while (i >= 0 && !Character.isLetterOrDigit(line.charAt(i)) && STOPS.indexOf(line.charAt(i)) < 0) {
            i--;
        }
        return i >= 0 && STOPS.indexOf(line.charAt(i)) >= 0;
    }

    private static boolean allCapitalised(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals("&"))) {
                return false;
            }
        }
        return true;
    }
}
