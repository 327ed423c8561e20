package org.priorityatlas.export;

import org.priorityatlas.map.LabelMode;

import java.time.LocalDate;

/**
 * What a figure looks like apart from the data: its title, pixel size, background, label language, an
 * optional highlighted region and the date printed in the footer.
 *
 * @param region a region to outline as selected, or null
 */
public record FigureSpec(String title, int width, int height, boolean transparent, LabelMode labels,
                         String region, LocalDate date) {
    public static final int MIN_SIDE = 320;
    /** 8192 px a side is a 256 MB snapshot: beyond that memory, not quality, is the limit. */
    public static final int MAX_SIDE = 8192;
    public static final int BASE_WIDTH = 1600;
    public static final int BASE_HEIGHT = 900;

    public FigureSpec {
        checkSize(width, height);
        title = title == null ? "" : title.strip();
        labels = labels == null ? LabelMode.ENGLISH : labels;
        date = date == null ? LocalDate.now() : date;
    }

    /** Rejects sizes outside {@value #MIN_SIDE}..{@value #MAX_SIDE} with a one-line message. */
    public static void checkSize(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("size " + width + "\u00D7" + height + " is out of range; each side must be "
                    + MIN_SIDE + " to " + MAX_SIDE + " pixels");
        }
    }

    /**
     * The unit every font, stroke and margin is measured in: 1 at 1600×900, so a 4K figure is the same
     * picture with everything 2.4 times larger, never a small map with tiny type. A portrait figure is
     * measured as if turned (long side against 1600), or its type would shrink to a third of the width.
     */
    public double unit() {
        double longSide = Math.max(width, height);
        double shortSide = Math.min(width, height);
        return Math.min(longSide / BASE_WIDTH, shortSide / BASE_HEIGHT);
    }
}
