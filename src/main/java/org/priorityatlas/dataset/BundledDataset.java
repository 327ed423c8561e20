package org.priorityatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The dataset shipped with the application ({@code /atlas.json}), validated before use. */
public final class BundledDataset {
    private static final String RESOURCE = "/atlas.json";

    private BundledDataset() {
    }

    /**
     * @throws IllegalStateException when the bundled file is missing or breaks the contract: a build
     *                               defect, never the user's doing
     */
    public static Dataset load() {
        try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Dataset dataset = BundledDatasetReader.read(in);
            DocumentStore store = DocumentStore.bundled(dataset);
            List<String> problems = new DatasetValidator(Taxonomy.load()).validate(dataset, store::body);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " is invalid: " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            }
            return dataset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatasetFormatException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
