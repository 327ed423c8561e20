package org.priorityatlas.dataset;

/**
 * A sentence exactly as it stands in a document body.
 *
 * @param start index of the first character in the body (Java {@code String} index)
 * @param end   index after the last character (exclusive)
 * @param kind  {@code body}, {@code caption} or {@code boilerplate}
 */
public record Sentence(String id, String document, int start, int end, String text, String kind) {
    public static final String BODY = "body";
    public static final String CAPTION = "caption";
    public static final String BOILERPLATE = "boilerplate";

    public boolean isBody() {
        return BODY.equals(kind);
    }
}
