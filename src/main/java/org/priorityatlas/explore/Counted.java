package org.priorityatlas.explore;

/** A count with its noun, singular for one: "1 claim", "30 claims". */
public final class Counted {
    private Counted() {
    }

    /** {@code noun} is the singular and takes a plain "s" (claim, sentence, document, priority sector). */
    public static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
