package org.priorityatlas.dataset;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * This document set states that {@code region} prioritises {@code sector}, and these sentences say so.
 * One claim per (region, sector); {@code sentences} lists every supporting sentence across documents.
 *
 * @param matched the distinct sector terms matched over all supporting sentences
 * @param support per-sentence detail, in the same order as {@code sentences}
 */
public record Claim(String region, String sector, List<String> sentences, List<String> matched,
                    List<Support> support) {
    public Claim {
        sentences = List.copyOf(sentences);
        matched = List.copyOf(matched);
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** True when every supporting sentence reached the region only through a regional grouping. */
    @JsonIgnore
    public boolean onlyViaGrouping() {
        return !support.isEmpty() && support.stream().allMatch(s -> Support.VIA_GROUPING.equals(s.via()));
    }
}
