package org.priorityatlas.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A source document as listed in the dataset. Unknown header values stay unknown:
 * outlet {@code unknown}, date {@code undated}, period {@code unspecified}, url {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentInfo(String id, String file, String title, String outlet, String date,
                           String period, String url, String language, String sha256) {

    private static final int SHORT_TITLE = 90;

    /** "CGTN, 2025-12-29" — the short citation used in panels and exports; unknowns say so. */
    public String citation() {
        String who = "unknown".equals(outlet) ? "Outlet unknown" : outlet;
        return "undated".equals(date) ? who + ", undated" : who + ", " + date;
    }

    /**
     * The title cut to about 90 characters at a word boundary: a document without a headline takes its
     * first paragraph as its title, which is too long for a citation line.
     */
    public String shortTitle() {
        if (title == null || title.length() <= SHORT_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', SHORT_TITLE);
        return title.substring(0, cut > 40 ? cut : SHORT_TITLE) + "...";
    }
}
