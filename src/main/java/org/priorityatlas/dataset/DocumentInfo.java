package org.priorityatlas.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A source document as listed in the dataset. Unknown header values stay unknown:
 * outlet {@code unknown}, date {@code undated}, period {@code unspecified}, url {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInfo(String id, String file, String title, String outlet, String date,
                           String period, String url, String language, String sha256) {

    /** "CGTN, 2025-12-29" — the short citation used in panels and exports. */
    public String citation() {
        return "undated".equals(date) ? outlet : outlet + ", " + date;
    }
}
