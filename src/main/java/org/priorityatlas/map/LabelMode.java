package org.priorityatlas.map;

import org.priorityatlas.dataset.LocalizedName;

/** Which language the map labels use. */
public enum LabelMode {
    ENGLISH, CHINESE, BOTH;

    /** The label for a region name: "Guangdong", "广东" or "Guangdong 广东". */
    public String label(LocalizedName name) {
        String zh = name.shortZh();
        String en = name.en().replace(" (Tibet)", "");
        return switch (this) {
            case ENGLISH -> en;
            case CHINESE -> zh;
            case BOTH -> en + "\n" + zh;
        };
    }
}
