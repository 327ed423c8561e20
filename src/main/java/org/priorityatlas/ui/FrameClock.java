package org.priorityatlas.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each frame of a scene reaches the window. JavaFX's own performance tracker (an internal API, reached
 * by reflection, so the app still runs where it is not exported) reports each render job as it ends; with the software
 * renderer the frame's pixels are then still to be copied to the window, by a task the renderer has queued
 * for the FX thread. A task queued after it records the time, so a frame counts as shown once that copy is
 * done (on a GPU pipeline, which presents in the render job, this adds at most a wait for the FX thread).
 * Benchmarks use it to time a change to the frame that shows it, rather than to the next pulse, which
 * JavaFX paces at 60 Hz whatever the work; the window uses it to build its controls only once the map's
 * first picture is on screen.
 */
final class FrameClock {
    /** Frame times kept: benchmarks ask for frames a few pulses old. */
    private static final int KEPT = 1024;
    private final AtomicInteger frames = new AtomicInteger();
    private final ConcurrentLinkedQueue<long[]> times = new ConcurrentLinkedQueue<>();

    private FrameClock() {
    }

    /**
     * The scene's clock, made on first use and then shared (the tracker takes one task per scene); empty
     * where JavaFX's tracker cannot be reached.
     */
    static Optional<FrameClock> of(Scene scene) {
        if (scene.getProperties().get(FrameClock.class) instanceof FrameClock known) {
            return Optional.of(known);
        }
        FrameClock clock = new FrameClock();
        try {
            Class<?> type = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object tracker = type.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Runnable onFrame = () -> Platform.runLater(clock::shown);
            type.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, onFrame);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
        scene.getProperties().put(FrameClock.class, clock);
        return Optional.of(clock);
    }

    /** The scene's clock for a benchmark; fails with a one-line reason where the tracker is not reachable. */
    static FrameClock attach(Scene scene) {
        return of(scene).orElseThrow(() -> new IllegalStateException("frame timing needs JavaFX's "
                + "PerformanceTracker (run from the jar, or add --add-exports "
                + "javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED)"));
    }

    /** FX thread. Only the latest {@value #KEPT} times are kept: the window keeps its clock while it is open. */
    private void shown() {
        int n = frames.incrementAndGet();
        times.add(new long[]{n, System.nanoTime()});
        if (n > KEPT) {
            times.poll();
        }
    }

    /** Frames shown so far. */
    int frames() {
        return frames.get();
    }

    /** When frame {@code n} (1-based) was shown, in {@link System#nanoTime()}; -1 if it has not been yet (or long ago). */
    long shownAt(int n) {
        for (long[] frame : times) {
            if (frame[0] == n) {
                return frame[1];
            }
        }
        return -1;
    }
}
