package org.priorityatlas.library;

/**
 * Header values the user typed when adding a document; each replaces the document's own value when it is
 * not blank. {@code null} means "keep what the document says".
 */
public record Overrides(String title, String outlet, String date, String period) {
    public static final Overrides NONE = new Overrides(null, null, null, null);
}
