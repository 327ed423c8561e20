package org.priorityatlas.map;

import org.priorityatlas.dataset.Sector;

/**
 * Every data colour on the map, in one place. Sector hues come from the taxonomy (Okabe-Ito families,
 * readable with deuteranopia and protanopia); strength of evidence is lightness, never a new hue.
 * The app's chrome colours live in {@code atlas.css}; exporters and the map use these.
 */
public final class Palette {
    /** A region the documents in view name, but not for the chosen sector. */
    public static final String NEUTRAL = "#E4E1DA";
    /** A region the documents in view never name: shown with a hatch, so "no data" is not "zero". */
    public static final String NO_DATA = "#F4F3EF";
    public static final String NO_DATA_HATCH = "#C9C5BC";
    /** Region borders (drawn over the fills). */
    public static final String BORDER = "#FFFFFF";
    /** The basemap: sea, neighbouring land and its borders, China's land, meridians and parallels. */
    public static final String SEA = "#DCE6EE";
    public static final String LAND = "#EFEDE8";
    public static final String LAND_BORDER = "#C8C4BC";
    public static final String CHINA_LAND = "#F7F6F2";
    public static final String GRATICULE = "#D2DEE8";
    public static final String SELECTION = "#1B1B1F";
    public static final String HOVER = "#4A4A52";
    public static final String LABEL = "#1F2328";
    public static final String LABEL_HALO = "#FFFFFF";
    /** Sequential ramp for the overview's sector counts (light to dark blue-violet, CVD-safe). */
    private static final String[] COUNT_RAMP = {"#DCE3F0", "#B3C2E0", "#8799CB", "#5E6FB0", "#3A468C", "#221F5C"};

    private Palette() {
    }

    /** The sector's colour at an evidence strength of 1 (one sentence) to 3 (several documents). */
    public static String sectorFill(Sector sector, int strength) {
        double mix = switch (Math.max(1, Math.min(3, strength))) {
            case 1 -> 0.55;
            case 2 -> 0.25;
            default -> 0.0;
        };
        return blend(sector.color(), "#FFFFFF", mix);
    }

    /** Fill for a region prioritising {@code count} of at most {@code max} sectors. */
    public static String countFill(int count, int max) {
        if (count <= 0) {
            return NEUTRAL;
        }
        int steps = COUNT_RAMP.length;
        int index = max <= 1 ? steps - 1 : (int) Math.round((count - 1) * (steps - 1) / (double) (max - 1));
        return COUNT_RAMP[Math.max(0, Math.min(steps - 1, index))];
    }

    /** Whether text on this fill should be white rather than dark. */
    public static boolean isDark(String hex) {
        int rgb = rgb(hex);
        double l = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return l < 0.33;
    }

    /** {@code a} moved towards {@code b} by {@code t} (0..1), as {@code #RRGGBB}. */
    public static String blend(String a, String b, double t) {
        int x = rgb(a);
        int y = rgb(b);
        int r = mixChannel(x >> 16, y >> 16, t);
        int g = mixChannel(x >> 8, y >> 8, t);
        int bl = mixChannel(x, y, t);
        return String.format("#%02X%02X%02X", r, g, bl);
    }

    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static int mixChannel(int a, int b, double t) {
        return (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
    }

    private static double channel(int c) {
        double v = (c & 0xFF) / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
