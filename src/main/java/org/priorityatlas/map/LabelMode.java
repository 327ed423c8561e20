package org.priorityatlas.map;

import org.priorityatlas.dataset.LocalizedName;

import java.util.regex.Pattern;

/** Which language the map labels use. */
public enum LabelMode {
    ENGLISH, CHINESE, BOTH;

    private static final Pattern ZH_SUFFIX = Pattern.compile("(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$");

    /** The label for a region name: "Guangdong", "广东" or "Guangdong 广东". */
    public String label(LocalizedName name) {
        String zh = shortChinese(name.zh());
        String en = name.en().replace(" (Tibet)", "");
        return switch (this) {
            case ENGLISH -> en;
            case CHINESE -> zh;
            case BOTH -> en + "\n" + zh;
        };
    }

    /** 广东省 → 广东, 内蒙古自治区 → 内蒙古, 香港特别行政区 → 香港. */
    public static String shortChinese(String zh) {
        return ZH_SUFFIX.matcher(zh).replaceAll("");
    }
}
