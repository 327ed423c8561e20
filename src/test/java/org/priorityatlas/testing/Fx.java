package org.priorityatlas.testing;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The JavaFX toolkit for tests that build nodes without a window, and a way to run work on its thread. */
public final class Fx {
    private static final long TIMEOUT_S = 30;

    private Fx() {
    }

    /** Starts the toolkit, or finds it started by an earlier test class in the same JVM. */
    public static void start() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        ready.await(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Runs {@code task} on the FX thread and returns its result; its failure is the cause of the exception thrown. */
    public static <T> T call(Supplier<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    public static void run(Runnable task) throws Exception {
        call(() -> {
            task.run();
            return null;
        });
    }
}
