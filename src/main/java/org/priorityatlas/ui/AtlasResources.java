package org.priorityatlas.ui;

import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetFormatException;
import org.priorityatlas.dataset.DatasetReader;
import org.priorityatlas.dataset.DocumentStore;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.library.LibrarySession;
import org.priorityatlas.geo.ProjectedGeodata;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the window needs, loaded off the FX thread: the projected geodata, the dataset's index
 * (built here, beside the toolkit's start-up, rather than on the FX thread before the first frame) and
 * access to document texts. A dataset that cannot be read is replaced by an empty one with the reason kept.
 *
 * @param index   the dataset, indexed and unfiltered
 * @param library the user's own documents, merged into the dataset; a library that cannot be read
 *                leaves the base dataset and its reason in {@code datasetError}
 */
record AtlasResources(AtlasIndex index, Optional<String> datasetError, ProjectedGeodata geodata,
                      DocumentStore documents, LibrarySession library) {

    Dataset dataset() {
        return index.dataset();
    }

    /**
     * Loads the bundled dataset, or {@code datasetFile} (documents are then looked up beside it), with the
     * user's library merged in.
     */
    static AtlasResources load(Optional<Path> datasetFile) {
        ProjectedGeodata geodata = ProjectedGeodata.bundled();
        try {
            Dataset base = datasetFile.isPresent() ? read(datasetFile.get()) : BundledDataset.load();
            DocumentStore store = datasetFile.isPresent()
                    ? DocumentStore.directory(base, datasetFile.get().toAbsolutePath().getParent())
                    : DocumentStore.bundled(base);
            LibrarySession library = LibrarySession.open(base);
            return new AtlasResources(AtlasIndex.of(library.merged()), library.startNotice(), geodata, store, library);
        } catch (RuntimeException e) {
            String reason = "The dataset could not be loaded (" + e.getMessage() + "). The map shows no data.";
            Dataset empty = empty();
            return new AtlasResources(AtlasIndex.of(empty), Optional.of(reason), geodata,
                    DocumentStore.bundled(empty), LibrarySession.open(empty));
        }
    }

    private static Dataset read(Path file) {
        try {
            return DatasetReader.read(file);
        } catch (DatasetFormatException e) {
            throw new IllegalStateException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static Dataset empty() {
        Taxonomy taxonomy = Taxonomy.load();
        return new Dataset(Dataset.SCHEMA_VERSION, List.of(), taxonomy.regionsWithNational(), taxonomy.sectors(),
                List.of(), List.of());
    }

    /** A base document's text, else one of the user's (the library changes while the app runs). */
    Optional<String> documentBody(String documentId) {
        return documents.body(documentId).or(() -> library.body(documentId));
    }
}
