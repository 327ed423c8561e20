package org.priorityatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.priorityatlas.geo.Detail;

/**
 * One rendered view of the map, split into the layers the colours are composed from: the basemap as RGB,
 * the region under each pixel (an index, 0 for none), China's land coverage (anti-aliased coast) and the
 * region borders' coverage. Recolouring reads these and never draws again. Reusable for a view of the
 * same size; not thread-safe (one renderer writes it, then the FX thread reads it). The basemap is opaque
 * premultiplied ARGB, so rows without regions are copied to the screen as they are.
 */
final class RasterFrame {
    private final int width;
    private final int height;
    private final BufferedImage base;
    private final BufferedImage ids;
    private final BufferedImage coverage;
    private final BufferedImage edges;
    /** Per row, the first and one past the last pixel a region or border touches (empty: first >= end). */
    private final int[] spanStart;
    private final int[] spanEnd;
    private final Runs[] runs;
    private RasterView view;
    private Detail detail;
    private long generation;

    RasterFrame(int width, int height) {
        this.width = width;
        this.height = height;
        base = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        ids = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        coverage = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        edges = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        spanStart = new int[height];
        spanEnd = new int[height];
        runs = new Runs[height];
        for (int y = 0; y < height; y++) {
            runs[y] = new Runs();
        }
    }

    boolean fits(RasterView v) {
        return v.width() == width && v.height() == height;
    }

    /** Clears the masks of rows y0 to y1 (exclusive) before they are drawn again. */
    void clearMasks(int y0, int y1) {
        for (byte[] mask : new byte[][]{ids(), coverage(), edges()}) {
            Arrays.fill(mask, y0 * width, y1 * width, (byte) 0);
        }
    }

    void setSpan(int y, int start, int end) {
        spanStart[y] = start;
        spanEnd[y] = end;
    }

    int spanStart(int y) {
        return spanStart[y];
    }

    int spanEnd(int y) {
        return spanEnd[y];
    }

    /** Row {@code y}'s runs of pixels wholly inside one region (full coverage, no border). */
    Runs runs(int y) {
        return runs[y];
    }

    /** Runs of one row as (start, end, region index) triples, left to right; reused between drawings. */
    static final class Runs {
        private int[] data = new int[48];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int start, int end, int id) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = start;
            data[size++] = end;
            data[size++] = id;
        }

        int count() {
            return size / 3;
        }

        int start(int i) {
            return data[3 * i];
        }

        int end(int i) {
            return data[3 * i + 1];
        }

        int id(int i) {
            return data[3 * i + 2];
        }
    }

    void drawn(RasterView v, Detail d) {
        this.view = v;
        this.detail = d;
        generation++;
    }

    /** Changes with every drawing, so a composed picture can tell whether its frame was redrawn. */
    long generation() {
        return generation;
    }

    RasterView view() {
        return view;
    }

    /** Which outlines the frame was drawn from. */
    Detail detail() {
        return detail;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    BufferedImage baseImage() {
        return base;
    }

    BufferedImage idImage() {
        return ids;
    }

    BufferedImage coverageImage() {
        return coverage;
    }

    BufferedImage edgeImage() {
        return edges;
    }

    int[] basePixels() {
        return ((DataBufferInt) base.getRaster().getDataBuffer()).getData();
    }

    byte[] ids() {
        return bytes(ids);
    }

    byte[] coverage() {
        return bytes(coverage);
    }

    byte[] edges() {
        return bytes(edges);
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** The region index at raster pixel (x, y), 0 outside every region or outside the frame. */
    int idAt(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : ids()[y * width + x] & 0xFF;
    }
}
