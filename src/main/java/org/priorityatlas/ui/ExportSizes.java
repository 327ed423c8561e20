package org.priorityatlas.ui;

import org.priorityatlas.dataset.Sector;
import org.priorityatlas.export.ExportFormat;
import org.priorityatlas.export.FigureSpec;

import java.util.List;
import java.util.Optional;

/** The Export dialog's size presets and file names. */
final class ExportSizes {
    static final String CUSTOM = "Custom";
    static final List<String> NAMES = List.of("1600 \u00D7 900 (1\u00D7)", "3200 \u00D7 1800 (2\u00D7)",
            "3840 \u00D7 2160 (4K)", CUSTOM);
    private static final int[][] PRESETS = {{FigureSpec.BASE_WIDTH, FigureSpec.BASE_HEIGHT}, {3200, 1800}, {3840, 2160}};

    private ExportSizes() {
    }

    /** Width and height for a preset, or the custom fields; unreadable numbers give 0 (rejected later). */
    static int[] of(String preset, String width, String height) {
        int i = NAMES.indexOf(preset);
        if (i >= 0 && i < PRESETS.length) {
            return PRESETS[i].clone();
        }
        return new int[]{number(width), number(height)};
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** "priority-atlas-semiconductors.png", or "priority-atlas-overview.svg". */
    static String fileName(Optional<Sector> sector, ExportFormat format) {
        return "priority-atlas-" + sector.map(Sector::id).orElse("overview") + "." + format.extension();
    }
}
