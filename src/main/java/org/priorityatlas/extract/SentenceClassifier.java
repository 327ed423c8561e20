package org.priorityatlas.extract;

import org.priorityatlas.dataset.Sentence;

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
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)copyright|all rights reserved|©|your email address will not be published|版权所有|责任编辑|"
                    + "^(?:来源|编辑|记者|作者)[:：]");
    private static final Pattern FURNITURE_SENTENCE = Pattern.compile(
            "(?i)advertisement|leave a reply|leave a comment|select (?:voice|speed)|share(?:\\s*-\\s*\\w+)?|listen|"
                    + "top|back to the top|english|follow us|close|related stories|related articles|read more|"
                    + "subscribe|print|comments?|\\d+(?:\\.\\d+)?x|\\d+|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d+-min read.*|"
                    + "required fields are marked.*|分享到.*|扫一扫.*|返回顶部|打印|关闭");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}|\\b\\d{1,2}:\\d{2}\\b|\\bGMT[+-]\\d");
    /** A lower-case letter glued to a capital ("EditionASIA", "EconomyChina"): menu items run together. */
    private static final Pattern GLUED_MENU = Pattern.compile("\\p{Ll}\\p{Lu}");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?。！？]\\W*$");

    private SentenceClassifier() {
    }

    /**
     * @param line     the whole line the sentence starts on, trimmed
     * @param sentence the sentence text, trimmed
     */
    public static String classify(String line, String sentence) {
        if (CAPTION.matcher(line).find()) {
            return Sentence.CAPTION;
        }
        if (FURNITURE_LINE.matcher(line).find() || FURNITURE_SENTENCE.matcher(sentence).matches()
                || isMenuOrByline(line)) {
            return Sentence.BOILERPLATE;
        }
        return Sentence.BODY;
    }

    /** Short lines without a stop that are menus, by-lines, datelines or lone names and labels. */
    private static boolean isMenuOrByline(String line) {
        if (SENTENCE_STOP.matcher(line).find()) {
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

    private static boolean allCapitalised(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals("&"))) {
                return false;
            }
        }
        return true;
    }
}
