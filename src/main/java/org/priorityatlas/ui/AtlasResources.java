package org.priorityatlas.ui;

import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentStore;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.library.LibrarySession;
import org.priorityatlas.map.ProjectedRegion;
import org.priorityatlas.map.RegionProjector;

import java.util.List;
import java.util.Optional;

/**
 * Everything the window needs, loaded off the FX thread: projected outlines, the dataset and access to
 * document texts. A dataset that cannot be read is replaced by an empty one with the reason kept.
 */
record AtlasResources(Dataset dataset, Optional<String> datasetError, List<ProjectedRegion> regions,
                      DocumentStore documents, LibrarySession library) {

    /** The bundled dataset merged with the user's library; a library that fails leaves the bundled one. */
    static AtlasResources load() {
        List<ProjectedRegion> regions = RegionProjector.projectAll();
        try {
            Dataset bundled = BundledDataset.load();
            LibrarySession library = LibrarySession.open(bundled);
            return new AtlasResources(library.merged(), library.startNotice(), regions, DocumentStore.bundled(bundled),
                    library);
        } catch (RuntimeException e) {
            String reason = "The dataset could not be loaded (" + e.getMessage() + "). The map shows no data.";
            Dataset empty = empty();
            return new AtlasResources(empty, Optional.of(reason), regions, DocumentStore.bundled(empty),
                    LibrarySession.open(empty));
        }
    }

    static Dataset empty() {
        Taxonomy taxonomy = Taxonomy.load();
        return new Dataset(Dataset.SCHEMA_VERSION, List.of(), taxonomy.regionsWithNational(), taxonomy.sectors(),
                List.of(), List.of());
    }

    /** A bundled document's text, else one of the user's (the library changes while the app runs). */
    Optional<String> documentBody(String documentId) {
        return documents.body(documentId).or(() -> library.body(documentId));
    }
}
