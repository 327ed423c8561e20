package org.priorityatlas.extract;

import org.priorityatlas.dataset.Dataset;

import java.util.List;

/** A dataset and the one-line warnings about documents that were skipped or only partly understood. */
public record BuildResult(Dataset dataset, List<String> warnings) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
