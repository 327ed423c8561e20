package org.priorityatlas.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Built-in measurements ({@code --benchmark-startup}, {@code --benchmark-recolour}, {@code --benchmark-bare}):
 * benchmarks of the real app, not timed tests. Each prints {@code key=value} lines and exits.
 * A change counts as shown when the frame holding it has reached the window ({@link FrameClock}).
 */
final class Benchmarks {
    static final String STARTUP = "--benchmark-startup";
    static final String RECOLOUR = "--benchmark-recolour";
    static final String BARE = "--benchmark-bare";
    private static final int ROUNDS = 5;
    private static final int PAN_FRAMES = 120;
    /**
     * Pulses without a frame shown before the next change: a frame can still be rendering while pulses
     * with nothing new go by (the side panel's took up to 50 ms), and with 2 pulses a few steps were timed
     * against it, 0.5-3.5 ms, below the floor.
     */
    private static final int QUIET_PULSES = 6;
    /** Set by app.WindowJvm on the JVM it starts for a benchmark: when the first JVM started (epoch ms). */
    private static final String LAUNCHER_START = "priorityatlas.launcher.start";

    private Benchmarks() {
    }

    static boolean requested(List<String> args, String flag) {
        return args.contains(flag);
    }

    /** The floor: JVM start to a bare window's first frame reaching the window, measured as {@link #reportStartup} does. */
    static void reportBareFirstFrame(Scene scene) {
        FirstFrames.watch(scene, List.of(() -> true), ends -> {
            System.out.println("bare-first-frame-ms=" + sinceJvmStart(ends[0]));
            printPeakMemory();
            Platform.exit();
        });
    }

    /**
     * Start-up: JVM start to the first frame with the map's sharp picture in the window ({@code first-frame-ms}),
     * and to the first frame with every view in place and up to date ({@code complete-ms}), then
     * exits.
     */
    static void reportStartup(Scene scene, BooleanSupplier mapPainted, BooleanSupplier complete) {
        FirstFrames.watch(scene, List.of(mapPainted, complete), ends -> {
            System.out.println("first-frame-ms=" + sinceJvmStart(ends[0]));
            System.out.println("complete-ms=" + sinceJvmStart(ends[1]));
            printPeakMemory();
            Platform.exit();
        });
    }

    /**
     * When the frames that first show some conditions finish. Conditions are read after each pulse's layout,
     * so a condition first true in pulse n is in pulse n's frame; a 1-pixel, nearly transparent ticker
     * changes every pulse so that every pulse renders exactly one frame, making pulse n frame n.
     */
    private static final class FirstFrames {
        private final FrameClock clock;
        private final List<BooleanSupplier> conditions;
        private final int[] frameOf;
        private final long[] ends;
        private final Consumer<long[]> done;
        private final javafx.scene.shape.Rectangle ticker = new javafx.scene.shape.Rectangle(1, 1);
        private final AnimationTimer tick = new AnimationTimer() {
            private boolean odd;

            @Override
            public void handle(long now) {
                odd = !odd;
                ticker.setFill(javafx.scene.paint.Color.rgb(255, 255, 255, odd ? 0.01 : 0.02));
            }
        };
        private int pulse;
        /** Frames the scene's clock had shown when the watch began (it is shared with the window). */
        private final int firstFrame;
        private Runnable listener;

        private FirstFrames(FrameClock clock, List<BooleanSupplier> conditions, Consumer<long[]> done) {
            this.clock = clock;
            this.conditions = conditions;
            this.frameOf = new int[conditions.size()];
            this.ends = new long[conditions.size()];
            this.done = done;
            this.firstFrame = clock.frames();
            java.util.Arrays.fill(ends, -1);
        }

        static void watch(Scene scene, List<BooleanSupplier> conditions, Consumer<long[]> done) {
            FirstFrames watch = new FirstFrames(FrameClock.attach(scene), conditions, done);
            watch.ticker.setManaged(false);
            watch.ticker.setMouseTransparent(true);
            ((javafx.scene.layout.Pane) scene.getRoot()).getChildren().add(watch.ticker);
            watch.tick.start();
            watch.listener = () -> watch.afterLayout(scene);
            scene.addPostLayoutPulseListener(watch.listener);
        }

        private void afterLayout(Scene scene) {
            pulse++;
            boolean all = true;
            for (int i = 0; i < frameOf.length; i++) {
                if (frameOf[i] == 0 && conditions.get(i).getAsBoolean()) {
                    frameOf[i] = pulse;
                }
                if (frameOf[i] > 0 && ends[i] < 0) {
                    ends[i] = clock.shownAt(firstFrame + frameOf[i]);
                }
                all &= ends[i] >= 0;
            }
            if (all) {
                scene.removePostLayoutPulseListener(listener);
                tick.stop();
                done.accept(ends);
            }
        }
    }

    /** Since this JVM started or, when a plain {@code java -jar} started it (app.WindowJvm), since that one did. */
    private static long sinceJvmStart(long nanoTime) {
        long ago = (System.nanoTime() - nanoTime) / 1_000_000;
        long start = Long.getLong(LAUNCHER_START, ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - ago - start;
    }

    /**
     * Once the window is complete (as a user sees it before the first click), cycles every sector and the
     * overview {@value #ROUNDS} times, then pans and zooms for {@value #PAN_FRAMES} steps at full detail,
     * printing the 95th percentile of change-to-frame times for each. With
     * {@code -Dpriorityatlas.benchmark.steps=true} it also lists every step's time.
     */
    static void runRecolour(AtlasViewModel model, AtlasView view) {
        view.whenSettled(() -> recolourPanZoom(model, view));
    }

    private static void recolourPanZoom(AtlasViewModel model, AtlasView view) {
        HostSteal steal = HostSteal.start();
        FrameClock clock = FrameClock.attach(view.getScene());
        List<String> sectors = new ArrayList<>();
        model.atlas().sectors().forEach(s -> sectors.add(s.id()));
        sectors.add(null);
        int steps = sectors.size() * ROUNDS;
        StepCpu recolourCpu = StepCpu.start();
        measure(clock, steps, view::settled, i -> model.selectSector(sectors.get(i % sectors.size())), recolour -> {
            recolourCpu.print("recolour", steps);
            listSteps("recolour", recolour, k -> String.valueOf(sectors.get(k % sectors.size())));
            System.out.printf(Locale.ROOT, "recolour-p50-ms=%.2f%nrecolour-p95-ms=%.2f%n", percentile(recolour, 0.5), percentile(recolour, 0.95));
            // The first cycle pays for JIT compilation and first layouts; this says how much of the p95 that is.
            System.out.printf(Locale.ROOT, "recolour-after-first-cycle-p95-ms=%.2f%n",
                    percentile(recolour.subList(sectors.size(), recolour.size()), 0.95));
            StepCpu panCpu = StepCpu.start();
            measure(clock, PAN_FRAMES, view::settled, i -> view.map().panBy(i % 4 < 2 ? 7 : -7, i % 2 == 0 ? 3 : -3), pan -> {
                panCpu.print("pan", PAN_FRAMES);
                listSteps("pan", pan, k -> "");
                System.out.printf(Locale.ROOT, "pan-p50-ms=%.2f%npan-p95-ms=%.2f%n", percentile(pan, 0.5), percentile(pan, 0.95));
                StepCpu zoomCpu = StepCpu.start();
                measure(clock, PAN_FRAMES, view::settled, i -> view.map().zoomAt(i % 4 < 2 ? 0.05 : -0.05, 400, 300), zoom -> {
                    zoomCpu.print("zoom", PAN_FRAMES);
                    listSteps("zoom", zoom, k -> "");
                    System.out.printf(Locale.ROOT, "zoom-p50-ms=%.2f%nzoom-p95-ms=%.2f%n", percentile(zoom, 0.5), percentile(zoom, 0.95));
                    List<Double> both = new ArrayList<>(pan);
                    both.addAll(zoom);
                    System.out.printf(Locale.ROOT, "pan-zoom-p95-ms=%.2f%n", percentile(both, 0.95));
                    steal.print();
                    printPeakMemory();
                    Platform.exit();
                });
            });
        });
    }

    /** With {@code -Dpriorityatlas.benchmark.steps=true}, every step's time: where a run's slowest 5 % lie. */
    private static void listSteps(String run, List<Double> times, IntFunction<String> label) {
        if (Boolean.getBoolean("priorityatlas.benchmark.steps")) {
            for (int k = 0; k < times.size(); k++) {
                System.out.printf(Locale.ROOT, "%s-step %d %s %.2f%n", run, k, label.apply(k), times.get(k));
            }
        }
    }

    /**
     * The floors for frame times, the same measurement on a bare window ({@code --benchmark-bare
     * --benchmark-recolour}): each change moves one small square ({@code bare-frame}), then each change
     * writes every pixel of a picture the size of the atlas's map and shows it ({@code bare-map-frame}), the
     * least a frame that changes the whole map costs the renderer (a pan or zoom step does that).
     */
    static void runBareFrames(Scene scene) {
        HostSteal steal = HostSteal.start();
        javafx.scene.layout.Pane root = (javafx.scene.layout.Pane) scene.getRoot();
        javafx.scene.shape.Rectangle square = new javafx.scene.shape.Rectangle(20, 20);
        root.getChildren().add(square);
        FrameClock clock = FrameClock.attach(scene);
        measure(clock, PAN_FRAMES, () -> true, i -> square.setTranslateX((i % 50 + 1) * 10), times -> {
            System.out.printf(Locale.ROOT, "bare-frame-p50-ms=%.2f%nbare-frame-p95-ms=%.2f%n",
                    percentile(times, 0.5), percentile(times, 0.95));
            root.getChildren().remove(square);
            FullPicture picture = new FullPicture(AtlasView.mapSizeIn(scene.getWidth(), scene.getHeight()));
            root.getChildren().add(picture.view);
            measure(clock, PAN_FRAMES, () -> true, picture::fill, full -> {
                System.out.printf(Locale.ROOT, "bare-map-frame-p50-ms=%.2f%nbare-map-frame-p95-ms=%.2f%n",
                        percentile(full, 0.5), percentile(full, 0.95));
                steal.print();
                Platform.exit();
            });
        });
    }

    /** A picture the size of the map, shown from a pixel buffer as the map's own picture is. */
    private static final class FullPicture {
        private final int[] pixels;
        private final javafx.scene.image.PixelBuffer<java.nio.IntBuffer> buffer;
        private final javafx.scene.image.ImageView view;

        FullPicture(javafx.geometry.Dimension2D size) {
            int w = (int) size.getWidth();
            int h = (int) size.getHeight();
            pixels = new int[w * h];
            buffer = new javafx.scene.image.PixelBuffer<>(w, h, java.nio.IntBuffer.wrap(pixels),
                    javafx.scene.image.PixelFormat.getIntArgbPreInstance());
            view = new javafx.scene.image.ImageView(new javafx.scene.image.WritableImage(buffer));
        }

        /** Every pixel in a new opaque colour. */
        void fill(int step) {
            java.util.Arrays.fill(pixels, 0xFF000000 | (step * 0x0A1B2C & 0xFFFFFF));
            buffer.updateBuffer(b -> null);
        }
    }

    /**
     * Applies {@code change} {@code count} times and hands on the times from each change to the frame that
     * holds it reaching the window. A change is applied only when nothing more is on its way
     * ({@code ready}: for the atlas, the sharp picture drawn and the side panel caught up, as a user sees it
     * before the next click) and the renderer has been idle for {@value #QUIET_PULSES} pulses, so the next
     * frame to finish is the one with the change in it.
     */
    private static void measure(FrameClock clock, int count, BooleanSupplier ready, IntConsumer change,
                                Consumer<List<Double>> done) {
        List<Double> times = new ArrayList<>();
        new AnimationTimer() {
            private int step;
            private int quiet;
            private int lastFrames = -1;
            private int awaited = -1;
            private long changedAt;

            @Override
            public void handle(long now) {
                int frames = clock.frames();
                if (awaited > 0) {
                    long shown = clock.shownAt(awaited);
                    if (shown < 0) {
                        return;
                    }
                    times.add((shown - changedAt) / 1e6);
                    awaited = -1;
                }
                quiet = frames == lastFrames ? quiet + 1 : 0;
                lastFrames = frames;
                if (step == count) {
                    stop();
                    done.accept(times);
                } else if (quiet >= QUIET_PULSES && ready.getAsBoolean()) {
                    changedAt = System.nanoTime();
                    change.accept(step++);
                    awaited = frames + 1;
                    quiet = 0;
                }
            }
        }.start();
    }

    /**
     * The CPU time the FX thread and the render thread spent per step of a run, all the work a step caused
     * until the next ({@code <run>-fx-cpu-ms}, {@code <run>-render-cpu-ms}; Linux only, -1 elsewhere). It moves
     * far less than the frame times when the host withholds CPU time, so it compares builds on a busy host.
     */
    private record StepCpu(long fx, long render) {
        private static final String FX_THREAD = "JavaFX Applicat";
        private static final String RENDER_THREAD = "QuantumRenderer";

        static StepCpu start() {
            return new StepCpu(cpuNanos(FX_THREAD), cpuNanos(RENDER_THREAD));
        }

        void print(String run, int steps) {
            long fxEnd = cpuNanos(FX_THREAD);
            long renderEnd = cpuNanos(RENDER_THREAD);
            System.out.printf(Locale.ROOT, "%s-fx-cpu-ms=%.2f%n%s-render-cpu-ms=%.2f%n", run, perStep(fx, fxEnd, steps),
                    run, perStep(render, renderEnd, steps));
        }

        private static double perStep(long before, long after, int steps) {
            return before < 0 || after < 0 ? -1 : (after - before) / 1e6 / steps;
        }

        /** CPU time of this process's first thread whose name starts with {@code name} (schedstat), or -1. */
        private static long cpuNanos(String name) {
            try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
                for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                    if (java.nio.file.Files.readString(task.resolve("comm")).startsWith(name)) {
                        return Long.parseLong(java.nio.file.Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                return -1;
            }
            return -1;
        }
    }

    /**
     * How much of the CPU time this machine wanted its hypervisor gave to other guests while frames were
     * measured ({@code host-steal-pct}: steal against busy plus steal time, from /proc/stat; -1 where there
     * is none): on a shared virtual machine a frame then waits for a core that is not there, and the same
     * build's p95 varies by half between runs.
     */
    private record HostSteal(long[] before) {
        static HostSteal start() {
            return new HostSteal(ticks());
        }

        void print() {
            long[] end = ticks();
            boolean known = before != null && end != null && end[1] > before[1];
            double pct = known ? 100.0 * (end[0] - before[0]) / (end[1] - before[1]) : -1;
            System.out.printf(Locale.ROOT, "host-steal-pct=%.1f%n", pct);
        }

        /** The machine's steal time and its busy plus steal time so far, in ticks; null without /proc/stat. */
        private static long[] ticks() {
            try {
                String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0);
                // cpu user nice system idle iowait irq softirq steal ...
                String[] f = line.trim().split("\\s+");
                if (f.length < 9) {
                    return null;
                }
                long busy = 0;
                for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(f[i]);
                }
                return new long[]{Long.parseLong(f[8]), busy};
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    /**
     * Prints the peak resident set (VmHWM, Linux only). When a plain {@code java -jar} started this JVM and
     * waits for it, that JVM's memory is counted too: its pages not shared with this one (the shared ones,
     * the JVM's own code, are counted here already), also printed on their own.
     */
    static void printPeakMemory() {
        long own = procKb("/proc/self/status", "VmHWM:");
        if (System.getProperty(LAUNCHER_START) == null) {
            System.out.println("peak-rss-mb=" + (own < 0 ? -1 : own / 1024));
            return;
        }
        long launcher = launcherPrivateKb();
        System.out.println("peak-rss-mb=" + (own < 0 || launcher < 0 ? -1 : (own + launcher) / 1024));
        System.out.println("launcher-mb=" + (launcher < 0 ? -1 : launcher / 1024));
    }

    private static long launcherPrivateKb() {
        String rollup = ProcessHandle.current().parent().map(p -> "/proc/" + p.pid() + "/smaps_rollup").orElse("");
        long clean = procKb(rollup, "Private_Clean:");
        long dirty = procKb(rollup, "Private_Dirty:");
        return clean < 0 || dirty < 0 ? -1 : clean + dirty;
    }

    /** One kB figure from a /proc file; -1 if absent. */
    private static long procKb(String file, String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
