package org.priorityatlas.ui;

import javafx.scene.Scene;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When the renderer finishes each frame of a scene, from JavaFX's own performance tracker (an internal
 * API, reached by reflection so the app never depends on it). Benchmarks use it to time a change to the
 * frame that shows it, rather than to the next pulse, which JavaFX paces at 60 Hz whatever the work.
 */
final class FrameClock {
    private final AtomicInteger frames = new AtomicInteger();
    private final ConcurrentLinkedQueue<long[]> rendered = new ConcurrentLinkedQueue<>();

    private FrameClock() {
    }

    /** Attaches a clock to {@code scene}; fails with a one-line reason where the tracker is not reachable. */
    static FrameClock attach(Scene scene) {
        FrameClock clock = new FrameClock();
        try {
            Class<?> type = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object tracker = type.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Runnable onFrame = () -> clock.rendered.add(new long[]{clock.frames.incrementAndGet(), System.nanoTime()});
            type.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, onFrame);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("frame timing needs JavaFX's PerformanceTracker (run from the jar, "
                    + "or add --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED): " + e, e);
        }
        return clock;
    }

    /** Frames rendered so far. */
    int frames() {
        return frames.get();
    }

    /** When frame {@code n} (1-based) finished, in {@link System#nanoTime()}; -1 if it has not yet. */
    long finishedAt(int n) {
        for (long[] frame : rendered) {
            if (frame[0] == n) {
                return frame[1];
            }
        }
        return -1;
    }
}
