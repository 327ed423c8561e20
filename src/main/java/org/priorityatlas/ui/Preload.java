package org.priorityatlas.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Starts reading the geodata, the dataset and the fonts as soon as the JVM is up, in parallel with the
 * JavaFX toolkit's own start-up (about half a second that would otherwise be spent waiting). The
 * {@link AtlasApp} instance is created by JavaFX, so the started work is handed over through this holder.
 */
public final class Preload {
    private static CompletableFuture<AtlasResources> started;

    private Preload() {
    }

    /** Called by the launcher before {@code Application.launch}. */
    public static synchronized void start(List<String> args) {
        if (started == null) {
            StartOptions options = StartOptions.parse(args.stream().filter(a -> !a.startsWith("--benchmark-")).toList());
            started = CompletableFuture.supplyAsync(() -> {
                Fonts.load();
                return AtlasResources.load(options.dataset());
            }, Preload::daemon);
        }
    }

    /** The preloaded resources, or a fresh load when the launcher did not start one (tests, IDEs). */
    static synchronized CompletableFuture<AtlasResources> take(StartOptions options) {
        CompletableFuture<AtlasResources> future = started != null ? started
                : CompletableFuture.supplyAsync(() -> {
                    Fonts.load();
                    return AtlasResources.load(options.dataset());
                }, Preload::daemon);
        started = null;
        return future;
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "atlas-loader");
        thread.setDaemon(true);
        thread.start();
    }
}
