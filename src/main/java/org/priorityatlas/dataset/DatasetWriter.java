package org.priorityatlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a dataset as deterministic, pretty-printed JSON, replacing the target atomically. */
public final class DatasetWriter {
    private DatasetWriter() {
    }

    /** The exact bytes of the file: building twice from the same documents gives the same bytes. */
    public static byte[] toBytes(Dataset dataset) throws IOException {
        return (DatasetJson.WRITER.writeValueAsString(dataset) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static void write(Dataset dataset, Path target) throws IOException {
        byte[] bytes = toBytes(dataset);
        AtomicFile.write(target, out -> out.write(bytes));
    }
}
