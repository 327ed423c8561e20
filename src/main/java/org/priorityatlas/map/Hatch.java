package org.priorityatlas.map;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/** The diagonal hatch that marks "no data", kept at a constant screen size whatever the zoom. */
public final class Hatch {
    private static final int SIZE = 8;
    private static final WritableImage TILE = tile();

    private Hatch() {
    }

    private static WritableImage tile() {
        WritableImage image = new WritableImage(SIZE, SIZE);
        PixelWriter w = image.getPixelWriter();
        Color base = Color.web(Palette.NO_DATA);
        Color line = Color.web(Palette.NO_DATA_HATCH);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                w.setColor(x, y, (x + y) % SIZE == 0 ? line : base);
            }
        }
        return image;
    }

    /** The pattern for a node drawn at scale {@code k} (so one tile spans {@value #SIZE} screen pixels). */
    public static ImagePattern pattern(double k) {
        return new ImagePattern(TILE, 0, 0, SIZE / k, SIZE / k, false);
    }
}
