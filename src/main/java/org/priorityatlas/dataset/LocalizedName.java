package org.priorityatlas.dataset;

/** A name in English and Chinese. */
public record LocalizedName(String en, String zh) {
    public LocalizedName {
        en = en == null ? "" : en;
        zh = zh == null ? "" : zh;
    }
}
