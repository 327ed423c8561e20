package org.priorityatlas.dataset;

/**
 * A provincial-level unit (or the national scope {@code CN}).
 *
 * @param id   ISO 3166-2 code, e.g. {@code CN-GD}
 * @param code GB/T 2260 code, e.g. {@code 440000}
 * @param type province, municipality, autonomous region, special administrative region, or national
 */
public record Region(String id, String code, LocalizedName name, String type) {
    public static final String NATIONAL = "CN";

    public boolean isNational() {
        return NATIONAL.equals(id);
    }
}
