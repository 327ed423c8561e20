package org.priorityatlas.export;

import javafx.scene.image.WritableImage;
import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.map.LabelMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Not a test: a warm 3840×2160 PNG export measured inside one JVM, phase by phase (build, snapshot,
 * encode and write). Run with {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.priorityatlas.export.ExportBenchmark}. Target: a warm export in at most 1 s.
 */
public final class ExportBenchmark {
    private static final int RUNS = 8;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.Session session = HeadlessFx.start();
        AtlasIndex atlas = AtlasIndex.of(BundledDataset.load());
        FigureAssets assets = FigureAssets.bundled();
        String family = session.fontFamily();
        FigureSpec spec = new FigureSpec("Benchmark", 3840, 2160, false, LabelMode.ENGLISH, null, LocalDate.now());
        FigureRequest request = new FigureRequest(assets, atlas, atlas.sector("semiconductors"), spec, family);
        Path out = Files.createTempFile("benchmark", ".png");
        double[] total = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            MapFigure figure = FxThread.call(request::build);
            long t1 = System.nanoTime();
            WritableImage image = FxThread.call(() -> PngExporter.snapshot(figure));
            long t2 = System.nanoTime();
            PngExporter.write(image, false, out);
            long t3 = System.nanoTime();
            total[i] = (t3 - t0) / 1e6;
            System.out.printf("run %d: build %.0f ms, snapshot %.0f ms, encode+write %.0f ms, total %.0f ms, %d KB%n",
                    i + 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, total[i], Files.size(out) / 1024);
        }
        double[] warm = Arrays.copyOfRange(total, 3, RUNS);
        Arrays.sort(warm);
        System.out.printf("warm 3840x2160 PNG export: median %.0f ms (best %.0f ms)%n", warm[warm.length / 2], warm[0]);
        Files.deleteIfExists(out);
        session.close();
    }
}
