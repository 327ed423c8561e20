package org.priorityatlas.export;

import javafx.application.Platform;
import org.priorityatlas.ui.Fonts;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts JavaFX for the command line with no display and no GPU: Monocle's headless glass platform and the
 * software renderer. The properties must be set before the toolkit starts.
 */
final class HeadlessFx {
    /**
     * JavaFX warns "Unsupported JavaFX configuration" when loaded from the class path (the fat jar); that
     * is how the jar is meant to run, so the command line silences its logger while starting only. Held
     * here so the level is not lost with a collected logger.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private HeadlessFx() {
    }

    /**
     * A running toolkit with the bundled font loaded.
     *
     * @param owned true when this session started the toolkit and so must stop it
     */
    record Session(boolean owned, String fontFamily) {
        void close() {
            if (owned) {
                Platform.exit();
            }
        }
    }

    /** Starts the toolkit, unless already running (in-process tests), and loads the bundled font. */
    static Session start() throws ExportException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch ready = new CountDownLatch(1);
        Level level = JAVAFX_LOG.getLevel();
        JAVAFX_LOG.setLevel(Level.SEVERE);
        boolean owned = true;
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            owned = false;
            ready.countDown();
        } catch (RuntimeException | LinkageError e) {
            throw new ExportException("JavaFX could not start without a display: " + e.getMessage(), e);
        } finally {
            JAVAFX_LOG.setLevel(level);
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while starting JavaFX", e);
        }
        return new Session(owned, FxThread.call(Fonts::load));
    }
}
