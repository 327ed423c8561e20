package org.priorityatlas.explore;

import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;

import java.util.List;

/**
 * A claim as the atlas shows it under the current filter: only the evidence from the documents in view.
 *
 * @param documentCount how many distinct documents support it
 */
public record ClaimView(Region region, Sector sector, List<Evidence> evidence, List<String> matched,
                        int documentCount) {
    public ClaimView {
        evidence = List.copyOf(evidence);
        matched = List.copyOf(matched);
    }

    /** True when every sentence in view reached the region only through a regional grouping. */
    public boolean onlyViaGrouping() {
        return evidence.stream().allMatch(Evidence::viaGrouping);
    }

    /** Evidence strength on a 1..3 scale: one sentence, several sentences, several documents. */
    public int strength() {
        if (documentCount > 1) {
            return 3;
        }
        return evidence.size() > 1 ? 2 : 1;
    }
}
