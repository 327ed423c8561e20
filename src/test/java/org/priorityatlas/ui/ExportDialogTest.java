package org.priorityatlas.ui;

import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.export.ExportFormat;
import org.priorityatlas.export.FigureText;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toolbar's Export… opens the dialog for the current view, and saving reports in a notice. */
class ExportDialogTest extends AtlasAppTestBase {
    @TempDir
    Path dir;

    @Test
    void exportsTheCurrentViewFromTheToolbar() throws Exception {
        onFx(() -> model().selectSector("semiconductors"));
        clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = lookup("#export-title").queryAs(TextField.class);
        assertEquals(FigureText.defaultTitle(model().selectedSector(), "all"), title.getText());
        ExportDialog dialog = Window.getWindows().stream().map(Window::getUserData)
                .filter(ExportDialog.class::isInstance).map(ExportDialog.class::cast).findFirst().orElseThrow();
        // The file chooser is the platform's; the dialog's save step after it is driven directly.
        Path file = dir.resolve("figure.png");
        onFx(() -> dialog.saveTo(file, dialog.spec(), ExportFormat.PNG));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().noticeProperty().get().startsWith("Saved"));
        assertTrue(Files.size(file) > 10_000);
        onFx(() -> dialog.stage().close());
    }
}
