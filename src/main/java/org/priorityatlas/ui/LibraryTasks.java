package org.priorityatlas.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.library.Library;
import org.priorityatlas.library.LibraryException;
import org.priorityatlas.library.LibrarySession;
import org.priorityatlas.library.Overrides;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Library work off the FX thread, one job at a time in submission order (the library lock would serialise
 * them anyway; queueing here keeps the progress indicator honest). Changes also compute the merged dataset
 * in the background, so the FX thread only swaps it in.
 */
final class LibraryTasks {
    private final AtlasViewModel model;
    private final LibrarySession session;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int pending;
    private Runnable onChange = () -> { };

    LibraryTasks(AtlasViewModel model, LibrarySession session) {
        this.model = model;
        this.session = session;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Called on the FX thread after the library changed and the map shows it. */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    Task<Library.Added> add(Path file, Overrides overrides, Consumer<Library.Added> done, Consumer<String> failed) {
        return change(() -> session.add(file, overrides), added -> {
            model.showNotice("Added \u201C" + added.entry().title() + "\u201D: " + Counted.of(added.stats().claims(), "claim")
                    + " from " + Counted.of(added.stats().sentences(), "sentence") + ".");
            done.accept(added);
        }, failed);
    }

    Task<Dataset> remove(String documentId) {
        return change(() -> {
            session.remove(documentId);
            return session.snapshot().dataset();
        }, d -> model.showNotice("Removed the document from your library."), e -> { });
    }

    /** Any other background read; its failure is reported the same way. */
    <T> Task<T> run(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        submit(task, () -> done.accept(task.getValue()), failed);
        return task;
    }

    private <T> Task<T> change(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        Change<T> task = new Change<>(work);
        submit(task, () -> {
            model.setDataset(task.merged);
            onChange.run();
            done.accept(task.getValue());
        }, failed);
        return task;
    }

    private void submit(Task<?> task, Runnable succeeded, Consumer<String> failed) {
        pending++;
        busy.set(true);
        task.setOnSucceeded(e -> {
            finished();
            succeeded.run();
        });
        task.setOnFailed(e -> {
            finished();
            String message = message(task.getException());
            model.showNotice(message);
            failed.accept(message);
        });
        worker.execute(task);
    }

    private void finished() {
        pending--;
        busy.set(pending > 0);
    }

    /** The user's mistakes and the library's refusals are already one line; anything else is a defect. */
    private static String message(Throwable error) {
        if (error instanceof LibraryException || error instanceof DocumentRejectedException) {
            return error.getMessage();
        }
        return "Something went wrong (" + error + ").";
    }

    /** A change to the library, which also merges the new dataset while still off the FX thread. */
    private final class Change<T> extends Task<T> {
        private final Callable<T> work;
        private volatile Dataset merged;

        Change(Callable<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            T value = work.call();
            merged = session.merged();
            return value;
        }
    }
}
