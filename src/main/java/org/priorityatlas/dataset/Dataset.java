package org.priorityatlas.dataset;

import java.util.List;

/** The atlas dataset: the contract of {@code shared/spec/dataset.md}, schema version 1. */
public record Dataset(int schemaVersion, List<DocumentInfo> documents, List<Region> regions,
                      List<Sector> sectors, List<Sentence> sentences, List<Claim> claims) {
    public static final int SCHEMA_VERSION = 1;

    public Dataset {
        documents = List.copyOf(documents);
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
