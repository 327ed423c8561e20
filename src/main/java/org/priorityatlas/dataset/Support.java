package org.priorityatlas.dataset;

import java.util.List;

/**
 * Why one sentence supports a claim.
 *
 * @param sentence the sentence id
 * @param terms    the sector terms matched in the sentence, as written there
 * @param via      how the region was found: {@code name} (named), {@code city} (a city in it),
 *                 {@code grouping} (only through a regional grouping such as the Pearl River Delta),
 *                 {@code carried} (the subject of an earlier sentence) or {@code national}
 * @param place    the words that named the place, e.g. "Ningbo" or "Pearl River Delta"
 * @param past     true when the sentence reports an achievement rather than a plan
 */
public record Support(String sentence, List<String> terms, String via, String place, boolean past) {
    public static final String VIA_NAME = "name";
    public static final String VIA_CITY = "city";
    public static final String VIA_GROUPING = "grouping";
    public static final String VIA_CARRIED = "carried";
    public static final String VIA_NATIONAL = "national";

    public Support {
        terms = List.copyOf(terms);
    }
}
