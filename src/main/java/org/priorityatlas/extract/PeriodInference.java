package org.priorityatlas.extract;

import java.util.regex.Pattern;

/** Header defaults that can be read off a body when its header leaves them out. */
final class PeriodInference {
    // Case-insensitive patterns rather than lower-casing the whole body first: half the cost of a build's
    // period inference was the copy.
    private static final Pattern FIFTEENTH_PLAN = Pattern.compile(
            "15th five-year plan|fifteenth five-year plan|2026\\s*(?:-|–|to)\\s*2030|十五五|第十五个五年规划",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORK_REPORT = Pattern.compile("government work reports?|政府工作报告",
            Pattern.CASE_INSENSITIVE);

    private PeriodInference() {
    }

    static String infer(String body) {
        if (FIFTEENTH_PLAN.matcher(body).find()) {
            return "15th-fyp";
        }
        if (WORK_REPORT.matcher(body).find() && body.contains("2025")) {
            return "2025-work-report";
        }
        return SourceDocument.UNSPECIFIED;
    }

    /** {@code zh} when Han characters dominate the letters, else the contract's default {@code en}. */
    static String language(String body) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                han += c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
            }
        }
        return letters > 0 && han * 3 > letters ? "zh" : "en";
    }
}
