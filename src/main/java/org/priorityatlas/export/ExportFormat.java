package org.priorityatlas.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a figure can be saved in. */
public enum ExportFormat {
    PNG, SVG;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format a file name asks for by its extension ("map.SVG" is SVG), if any. */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : of(name.substring(dot + 1));
    }
}
