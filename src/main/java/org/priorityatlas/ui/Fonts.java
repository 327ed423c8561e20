package org.priorityatlas.ui;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the bundled Noto Sans CJK SC subset, so Chinese renders on machines with no CJK font (a fresh
 * Linux install often has only DejaVu, which shows Chinese as boxes).
 */
public final class Fonts {
    public static final String FALLBACK_FAMILY = "System";
    private static String family;

    private Fonts() {
    }

    /** Registers the bundled faces once and returns their family name. */
    public static synchronized String load() {
        if (family == null) {
            Font regular = loadFace("/fonts/NotoSansSC-Regular-subset.otf");
            loadFace("/fonts/NotoSansSC-Bold-subset.otf");
            family = regular == null ? FALLBACK_FAMILY : regular.getFamily();
        }
        return family;
    }

    private static Font loadFace(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            return in == null ? null : Font.loadFont(in, 13);
        } catch (IOException e) {
            System.err.println("priority-atlas: could not load " + resource + ": " + e.getMessage());
            return null;
        }
    }
}
