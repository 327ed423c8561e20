package org.priorityatlas.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Built-in measurements ({@code --benchmark-startup}, {@code --benchmark-recolour}, {@code --benchmark-bare}):
 * benchmarks of the real app, not timed tests. Each prints {@code key=value} lines and exits.
 * A change is "shown" at the next pulse: that pulse cannot start before the frame holding the change has
 * been laid out and handed to the renderer, and the renderer must have finished the frame before it.
 */
final class Benchmarks {
    static final String STARTUP = "--benchmark-startup";
    static final String RECOLOUR = "--benchmark-recolour";
    static final String BARE = "--benchmark-bare";
    private static final int ROUNDS = 5;
    private static final int PAN_FRAMES = 120;

    private Benchmarks() {
    }

    static boolean requested(List<String> args, String flag) {
        return args.contains(flag);
    }

    /** JVM start to the second pulse after {@code scene}'s content is ready, then exits. */
    static void reportFirstFrame(Scene scene, String key) {
        AfterPulses.run(2, () -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(key + "=" + ms);
            System.out.println("peak-rss-mb=" + peakResidentMb());
            Platform.exit();
        });
    }

    /**
     * Cycles every sector {@value #ROUNDS} times, then pans and zooms for {@value #PAN_FRAMES} frames,
     * printing the 95th percentile of change-to-frame times.
     */
    static void runRecolour(AtlasViewModel model, AtlasView view) {
        List<String> sectors = new ArrayList<>();
        sectors.add(null);
        model.atlas().sectors().forEach(s -> sectors.add(s.id()));
        int steps = sectors.size() * ROUNDS;
        measure(steps, i -> model.selectSector(sectors.get(i % sectors.size())), recolour -> {
            System.out.printf(Locale.ROOT, "recolour-p95-ms=%.2f%n", recolour);
            measure(PAN_FRAMES, i -> {
                if (i % 2 == 0) {
                    view.map().panBy(i % 4 == 0 ? 7 : -7, 3);
                } else {
                    view.map().zoomAt(i % 4 == 1 ? 0.05 : -0.05, 400, 300);
                }
            }, pan -> {
                System.out.printf(Locale.ROOT, "pan-zoom-p95-ms=%.2f%n", pan);
                System.out.println("peak-rss-mb=" + peakResidentMb());
                Platform.exit();
            });
        });
    }

    /** Applies {@code change} {@code count} times, one per frame, and hands the p95 of the times on. */
    private static void measure(int count, IntConsumer change, java.util.function.DoubleConsumer done) {
        List<Double> times = new ArrayList<>();
        new AnimationTimer() {
            private int step = -1;
            private long changedAt;

            @Override
            public void handle(long now) {
                if (step >= 0) {
                    times.add((System.nanoTime() - changedAt) / 1e6);
                }
                if (++step == count) {
                    stop();
                    done.accept(percentile(times, 0.95));
                    return;
                }
                changedAt = System.nanoTime();
                change.accept(step);
            }
        }.start();
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    /** Peak resident set (VmHWM) on Linux; -1 where the platform does not say. */
    static long peakResidentMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
