package org.priorityatlas.app;

import javafx.application.Application;
import org.priorityatlas.cli.Cli;
import org.priorityatlas.ui.AtlasApp;
import org.priorityatlas.ui.Preload;

/**
 * Entry point of {@code priority-atlas.jar}. With no subcommand it starts the atlas window; with one
 * ({@code build}, {@code validate}, {@code export}, ...) it runs that tool without touching JavaFX's
 * windowing. A plain class, not an {@code Application}: a fat jar whose main class extends
 * {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        HeapFootprint.keepSmall();
        Preload.start(java.util.Arrays.asList(args));
        Application.launch(AtlasApp.class, args);
    }
}
