package org.priorityatlas.dataset;

import java.util.regex.Pattern;

/** A name in English and Chinese. */
public record LocalizedName(String en, String zh) {
    private static final Pattern ZH_SUFFIX = Pattern.compile("(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$");

    public LocalizedName {
        en = en == null ? "" : en;
        zh = zh == null ? "" : zh;
    }

    /** The Chinese name without its administrative suffix: 广东省 → 广东, 内蒙古自治区 → 内蒙古, 香港特别行政区 → 香港. */
    public String shortZh() {
        return shortChinese(zh);
    }

    /** {@link #shortZh} for any text, e.g. what a user typed. */
    public static String shortChinese(String text) {
        return ZH_SUFFIX.matcher(text).replaceAll("");
    }
}
