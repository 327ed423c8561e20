package org.priorityatlas.app;

import javafx.application.Application;
import org.priorityatlas.cli.Cli;
import org.priorityatlas.ui.AtlasApp;
import org.priorityatlas.ui.Preload;

import java.util.OptionalInt;

/**
 * Entry point of {@code priority-atlas.jar}. With no subcommand it starts the atlas window; with one
 * ({@code build}, {@code validate}, {@code export}, ...) it runs that tool without touching JavaFX's
 * windowing. A plain class, not an {@code Application}: a fat jar whose main class extends
 * {@code Application} fails with "JavaFX runtime components are missing". Started as plain
 * {@code java -jar}, the window runs in a second JVM with the window's settings ({@link WindowJvm}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        OptionalInt windowJvm = WindowJvm.relaunch(args);
        if (windowJvm.isPresent()) {
            System.exit(windowJvm.getAsInt());
        }
        HeapFootprint.keepSmall();
        Preload.start(java.util.Arrays.asList(args));
        try {
            Application.launch(AtlasApp.class, args);
        } catch (UnsupportedOperationException noDisplay) {
            // Glass's "Unable to open DISPLAY": a setup matter, not a bug, so one line instead of a trace.
            System.err.println("priority-atlas: cannot open the window (" + noDisplay.getMessage()
                    + "); the command-line tools (export, list, ...) need no display");
            System.exit(1);
        }
    }
}
