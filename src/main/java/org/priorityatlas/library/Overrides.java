package org.priorityatlas.library;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Header values the user typed when adding a document; each replaces the document's own value when it is
 * not blank. {@code null} means "keep what the document says".
 */
public record Overrides(String title, String outlet, String date, String period) {
    public static final Overrides NONE = new Overrides(null, null, null, null);
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The first value that breaks the dataset contract, as one line, or empty. */
    public Optional<String> problem() {
        if (date != null && !date.isBlank() && !DATE.matcher(date.strip()).matches()) {
            return Optional.of("the date must be YYYY-MM-DD, YYYY-MM or YYYY, not '" + date.strip() + "'");
        }
        return Optional.empty();
    }
}
