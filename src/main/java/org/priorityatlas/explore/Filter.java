package org.priorityatlas.explore;

import java.util.Set;

/**
 * What part of the dataset the atlas shows.
 *
 * @param period    a document period ({@code 15th-fyp}, {@code 2025-work-report}) or {@link #ALL_PERIODS}
 * @param documents the document ids to include; empty means all
 */
public record Filter(String period, Set<String> documents) {
    public static final String ALL_PERIODS = "all";
    public static final Filter ALL = new Filter(ALL_PERIODS, Set.of());

    public Filter {
        period = period == null || period.isBlank() ? ALL_PERIODS : period;
        documents = Set.copyOf(documents);
    }

    public Filter withPeriod(String newPeriod) {
        return new Filter(newPeriod, documents);
    }

    public Filter withDocuments(Set<String> newDocuments) {
        return new Filter(period, newDocuments);
    }

    public boolean allPeriods() {
        return ALL_PERIODS.equals(period);
    }
}
