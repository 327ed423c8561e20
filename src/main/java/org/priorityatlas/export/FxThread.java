package org.priorityatlas.export;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Runs the few steps that must touch the scene graph (build, snapshot, read nodes) on the FX thread. */
final class FxThread {
    private FxThread() {
    }

    static <T> T call(Callable<T> work) throws ExportException {
        if (Platform.isFxApplicationThread()) {
            return callHere(work);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(callHere(work));
            } catch (ExportException | RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("the export was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExportException ee) {
                throw ee;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new ExportException("not enough memory for a figure this large; choose a smaller size");
            }
            throw new ExportException("the figure could not be drawn: " + e.getCause(), e.getCause());
        }
    }

    private static <T> T callHere(Callable<T> work) throws ExportException {
        try {
            return work.call();
        } catch (ExportException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ExportException("the figure could not be drawn: " + e.getMessage(), e);
        }
    }
}
